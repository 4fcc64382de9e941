package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8#isValid} accepts exactly what the JDK's strict UTF-8 decoder accepts. */
class Utf8Test {

    @Test
    void acceptsPlainAsciiAndEveryWellFormedSequenceLength() {
        assertTrue(Utf8.isValid("{\"title\":\"Exchange Online\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Utf8.isValid("é – 日本 😀, past the eight-byte stride".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Utf8.isValid(new byte[0]));
    }

    @Test
    void rejectsWhatTheStrictDecoderRejects() {
        for (String hex : new String[] {"c080", "e08080", "eda080", "f4908080", "f8", "80", "c3", "e282", "c328",
                "ff", "c1bf", "f0808080"}) {
            byte[] bytes = HexFormat.of().parseHex("41424344454647" + hex);
            assertFalse(Utf8.isValid(bytes), hex);
            assertFalse(strictlyDecodes(bytes), hex);
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnEveryTwoAndThreeByteSequence() {
        byte[] bytes = new byte[3];
        for (int a = 0x80; a < 0x100; a++) {
            for (int b = 0; b < 0x100; b++) {
                bytes[0] = (byte) a;
                bytes[1] = (byte) b;
                for (int c : new int[] {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}) {
                    bytes[2] = (byte) c;
                    assertEquals(strictlyDecodes(bytes), Utf8.isValid(bytes), HexFormat.of().formatHex(bytes));
                }
            }
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomText() {
        Random random = new Random(365);
        String alphabet = "aZ0 \"é–日😀\u0000";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            assertEquals(strictlyDecodes(bytes), Utf8.isValid(bytes), HexFormat.of().formatHex(bytes));
        }
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
