package org.opencheckin.devices.idcard;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.idcard.document.Iso7064;

import static org.assertj.core.api.Assertions.assertThat;

class Iso7064Test {
    @Test
    void gb11643ExampleNumbersVerify() {
        // the worked example of GB 11643-1999
        assertThat(Iso7064.mod11_2("11010519491231002")).isEqualTo('X');
        assertThat(Iso7064.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void anySingleDigitChangeIsCaught() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(Iso7064.isValid(changed)).as(changed).isFalse();
            }
        }
        assertThat(Iso7064.isValid("11010519491231002")).isFalse();
        assertThat(Iso7064.isValid("1101051949123100AX")).isFalse();
    }
}
