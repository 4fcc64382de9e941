package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class SelectionMembersTest {

    private static final int SCRAPERS = 8;

    @Test
    void scrapesAskingForTheSameStaleMemberAtOnceCompressItOnceAndShareIt() throws Exception {
        LongAdder compressions = new LongAdder();
        SelectionMembers members = new SelectionMembers(compressions);
        // Megabytes of lines, so that a compression lasts long enough for every scrape to ask for it meanwhile.
        List<byte[]> parts = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 64; i++) {
            byte[] lines = new byte[128 << 10];
            for (int k = 0; k < lines.length; k++) {
                lines[k] = (byte) ('0' + random.nextInt(10));
            }
            parts.add(lines);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService scrapers = Executors.newFixedThreadPool(SCRAPERS);
        try {
            List<Future<byte[]>> asked = new ArrayList<>();
            for (int i = 0; i < SCRAPERS; i++) {
                asked.add(scrapers.submit(() -> {
                    start.await();
                    return members.member(3, parts);
                }));
            }
            start.countDown();
            byte[] first = asked.get(0).get();
            for (Future<byte[]> member : asked) {
                assertTrue(first == member.get(), "one compressed member, shared");
            }
        } finally {
            scrapers.shutdownNow();
        }
        assertEquals(1, compressions.sum(), "compressed once for " + SCRAPERS + " scrapes");
        assertTrue(members.member(3, parts) == members.member(3, new ArrayList<>(parts)),
                "still valid for the same arrays in another list");
    }
}
