package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.TenantShard;
import io.github.m365health.log.LogFormat;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagsTest {

    @Test
    void appliesTheDefaultsAroundAConfigFile() throws FlagException {
        Flags flags = Flags.parse("--config.file=/etc/m365/config.yml");

        assertEquals(Optional.of(Path.of("/etc/m365/config.yml")), flags.configFile());
        assertFalse(flags.configCheck());
        assertEquals(new InetSocketAddress(10365), flags.listenAddress());
        assertTrue(flags.listenAddress().getAddress().isAnyLocalAddress());
        assertEquals("/metrics", flags.telemetryPath());
        assertEquals(Level.INFO, flags.logLevel());
        assertEquals(LogFormat.LOGFMT, flags.logFormat());
        assertFalse(flags.demo());
        assertEquals(1.0, flags.demoSpeed());
        assertFalse(flags.version());
        assertFalse(flags.help());
    }

    @Test
    void readsEveryFlagInBothSpellings() throws Exception {
        Flags flags = Flags.parse("--config.file", "config.yml", "--config.check", "--web.listen-address=127.0.0.1:0",
                "--web.telemetry-path", "/m365/metrics", "--log.level=debug", "--log.format", "json", "--demo",
                "--demo.speed=60");

        assertEquals(Optional.of(Path.of("config.yml")), flags.configFile());
        assertTrue(flags.configCheck());
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), flags.listenAddress());
        assertEquals("/m365/metrics", flags.telemetryPath());
        assertEquals(Level.FINE, flags.logLevel());
        assertEquals(LogFormat.JSON, flags.logFormat());
        assertTrue(flags.demo());
        assertEquals(60.0, flags.demoSpeed());
    }

    @Test
    void runsTheDemoWithoutAConfigFile() throws FlagException {
        Flags flags = Flags.parse("--demo", "--demo.speed", "0.5");

        assertTrue(flags.demo());
        assertEquals(Optional.empty(), flags.configFile());
        assertEquals(0.5, flags.demoSpeed());
    }

    @Test
    void pollsEveryTenantUnlessAShardIsGiven() throws FlagException {
        assertEquals(TenantShard.ALL, Flags.parse("--demo").shard());
        assertEquals(new TenantShard(2, 3), Flags.parse("--demo", "--tenants.shard", "2/3").shard());
    }

    @Test
    void acceptsExplicitBooleanValues() throws FlagException {
        assertFalse(Flags.parse("--config.file=c.yml", "--demo=false").demo());
        assertTrue(Flags.parse("--demo=true").demo());
    }

    @Test
    void needsNothingElseForHelpOrVersion() throws FlagException {
        assertTrue(Flags.parse("--help").help());
        assertTrue(Flags.parse("-h").help());
        assertTrue(Flags.parse("--version").version());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            ":10365,           0.0.0.0,   10365",
            "127.0.0.1:0,      127.0.0.1, 0",
            "'[::1]:9000',     ::1,       9000",
            "0.0.0.0:65535,    0.0.0.0,   65535",
            "localhost:8080,   localhost, 8080",
    })
    void parsesListenAddresses(String text, String host, int port) throws Exception {
        InetSocketAddress address = Flags.parse("--demo", "--web.listen-address=" + text).listenAddress();

        assertEquals(InetAddress.getByName(host), address.getAddress());
        assertEquals(port, address.getPort());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--bogus                                | --bogus: unknown flag (see --help)",
            "--config-file=x.yml                    | --config-file: unknown flag; did you mean --config.file? (see --help)",
            "--log.levle=debug                      | --log.levle: unknown flag; did you mean --log.level? (see --help)",
            "config.yml                             | config.yml: unexpected argument; flags start with -- (see --help)",
            "-v                                     | -v: unexpected argument; flags start with -- (see --help)",
            "--config.file                          | --config.file: needs a value, as in --config.file=PATH",
            "--config.file=                         | --config.file: needs a value, as in --config.file=PATH",
            "--demo --log.level=verbose             | --log.level: \"verbose\" must be one of debug, info, warn, error",
            "--demo --log.format=xml                | --log.format: \"xml\" must be logfmt or json",
            "--demo --demo=yes                      | --demo: given more than once",
            "--demo=yes                             | --demo: \"yes\" must be true or false",
            "--demo --demo.speed=fast               | --demo.speed: \"fast\" must be a number above 0, such as 1, 10 or 0.5",
            "--demo --demo.speed=0                  | --demo.speed: \"0\" must be a number above 0, such as 1, 10 or 0.5",
            "--demo --demo.speed=NaN                | --demo.speed: \"NaN\" must be a number above 0, such as 1, 10 or 0.5",
            "--demo --web.listen-address=10365      | --web.listen-address: \"10365\" must be host:port, as in :10365 or 127.0.0.1:10365",
            "--demo --web.listen-address=:99999     | --web.listen-address: \":99999\": the port must be a number from 0 to 65535",
            "--demo --web.listen-address=:http      | --web.listen-address: \":http\": the port must be a number from 0 to 65535",
            "--demo --web.listen-address=::1:9000   | --web.listen-address: \"::1:9000\": write an IPv6 address in brackets, as in [::1]:9000",
            "--demo --web.listen-address=[::1]      | --web.listen-address: \"[::1]\" must be host:port, as in :10365 or 127.0.0.1:10365",
            "--demo --web.telemetry-path=metrics    | --web.telemetry-path: \"metrics\" must be a path such as /metrics, other than / and /-/..., which the landing page and health checks use",
            "--demo --web.telemetry-path=/          | --web.telemetry-path: \"/\" must be a path such as /metrics, other than / and /-/..., which the landing page and health checks use",
            "--demo --web.telemetry-path=/-/ready   | --web.telemetry-path: \"/-/ready\" must be a path such as /metrics, other than / and /-/..., which the landing page and health checks use",
            "--log.level=debug                      | --config.file: required (or --demo to run against a simulated tenant)",
            "--demo --config.check                  | --config.check: needs --config.file",
            "--demo --web.external-url=mon.example.com | --web.external-url: \"mon.example.com\" must be an http or https URL with a host and no query, fragment or user, such as https://mon.example.com/m365",
            "--demo --web.external-url=ftp://h/x    | --web.external-url: \"ftp://h/x\" must be an http or https URL with a host and no query, fragment or user, such as https://mon.example.com/m365",
            "--demo --web.external-url=https://h/?a=1 | --web.external-url: \"https://h/?a=1\" must be an http or https URL with a host and no query, fragment or user, such as https://mon.example.com/m365",
            "--demo --web.external-url=http://h/a\\b | --web.external-url: \"http://h/a\\b\" is not a URL (Illegal character in path)",
    })
    void refusesBadCommandLinesNamingTheFlag(String args, String message) {
        FlagException e = assertThrows(FlagException.class, () -> Flags.parse(args.split(" ")));

        assertEquals(message, e.getMessage());
        assertEquals(message.substring(0, message.indexOf(": ")), e.flag());
    }

    @Test
    void takesTheExternalUrlWithoutItsTrailingSlash() throws FlagException {
        assertEquals(Optional.of(URI.create("https://mon.example.com/m365")),
                Flags.parse("--demo", "--web.external-url=https://mon.example.com/m365/").externalUrl());
        assertEquals(Optional.empty(), Flags.parse("--demo").externalUrl());
    }

    @Test
    void defaultsTheExternalUrlToTheHostNameAndPortAsPrometheusDoes() throws Exception {
        URI url = ExternalUrl.defaultFor(new InetSocketAddress(10365));

        assertEquals("http", url.getScheme());
        assertEquals(10365, url.getPort());
        assertEquals("", url.getPath());
    }

    @Test
    void explainsEveryFlagInTheUsageText() {
        String usage = Flags.usage();

        for (String flag : new String[] {"--config.file=PATH", "--config.check", "--web.listen-address=HOST:PORT",
                "--web.telemetry-path=PATH", "--web.external-url=URL", "--log.level=LEVEL", "--log.format=FORMAT", "--demo ", "--demo.speed=FACTOR",
                "--version", "-h, --help"}) {
            assertTrue(usage.contains("  " + flag), flag + " in\n" + usage);
        }
        assertTrue(usage.contains("Default: :10365"), usage);
        assertTrue(usage.lines().allMatch(line -> line.length() <= 100), usage);
    }
}
