package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class RunningExporterAddressTest {

    @Test
    void logsTheAllInterfacesAddressAsTheFlagWritesIt() throws Exception {
        assertEquals(":10365", RunningExporter.hostPort(new InetSocketAddress(InetAddress.getByName("::"), 10365)));
        assertEquals(":10365", RunningExporter.hostPort(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 10365)));
    }

    @Test
    void logsLoopbackAddressesWithTheirPort() throws Exception {
        assertEquals("127.0.0.1:41234", RunningExporter.hostPort(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 41234)));
        assertEquals("[0:0:0:0:0:0:0:1]:9000", RunningExporter.hostPort(new InetSocketAddress(InetAddress.getByName("::1"), 9000)));
    }
}
