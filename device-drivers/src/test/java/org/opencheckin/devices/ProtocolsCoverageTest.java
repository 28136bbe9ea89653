package org.opencheckin.devices;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.SharedDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads PROTOCOLS.md itself and checks that every example frame written there (every backticked
 * hex run starting with a frame's first byte, or "..." standing for the SAM preamble) is a whole
 * fixture file, or the fixture's bytes after the preamble, byte for byte.
 */
class ProtocolsCoverageTest {
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern HEX_RUN = Pattern.compile("^(\\.\\.\\. )?([0-9A-F]{2}( [0-9A-F]{2})+)$");

    @Test
    void everyExampleFrameInProtocolsMdHasAFixture() throws Exception {
        Path protocols = SharedDir.require("PROTOCOLS.md");
        List<byte[]> fixtures = Stream.of("idcard", "dispenser", "mrz")
                .flatMap(d -> Fixture.all(d).stream()).map(Fixture::bytes).toList();
        List<String> examples = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(Files.readString(protocols));
        while (m.find()) {
            Matcher hex = HEX_RUN.matcher(m.group(1).trim());
            if (!hex.matches()) {
                continue;
            }
            boolean tail = hex.group(1) != null;
            byte[] bytes = Hex.parse(hex.group(2));
            boolean frame = tail || (bytes[0] & 0xFF) == 0xAA || (bytes[0] & 0xFF) == 0xF2;
            if (!frame) {
                continue;
            }
            examples.add(m.group(1));
            assertThat(fixtures.stream().anyMatch(f -> tail ? afterPreamble(f, bytes) : java.util.Arrays.equals(f, bytes)))
                    .as("a fixture holds the PROTOCOLS.md example `%s`", m.group(1)).isTrue();
        }
        assertThat(examples).as("example frames found in PROTOCOLS.md").hasSizeGreaterThanOrEqualTo(13);
    }

    /** "... 00 04 00 00 80 84" elides the 5-byte SAM preamble: the fragment starts at byte 5. */
    private static boolean afterPreamble(byte[] whole, byte[] fragment) {
        if (whole.length < 5 + fragment.length || (whole[0] & 0xFF) != 0xAA) {
            return false;
        }
        for (int i = 0; i < fragment.length; i++) {
            if (whole[5 + i] != fragment[i]) {
                return false;
            }
        }
        return true;
    }
}
