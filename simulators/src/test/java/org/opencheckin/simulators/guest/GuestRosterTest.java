package org.opencheckin.simulators.guest;

import org.junit.jupiter.api.Test;
import org.opencheckin.simulators.testing.SharedFaces;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class GuestRosterTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final GuestRoster roster = GuestRoster.bundled();

    @Test
    void rosterHoldsEveryDocumentKindAndImpostors() {
        assertThat(roster.all()).extracting(Guest::documentType)
                .contains(DocumentType.CN_RESIDENT_ID, DocumentType.CN_FOREIGNER_PR, DocumentType.HMT_RESIDENCE_PERMIT, DocumentType.PASSPORT);
        Guest impostor = roster.get("impostor-zhang-wei");
        assertThat(impostor.isImpostor()).isTrue();
        assertThat(impostor.documentNumber()).isEqualTo(roster.get("zhang-wei").documentNumber());
        assertThat(impostor.cameraFace()).isNotEqualTo(impostor.portraitFace());
    }

    @Test
    void chineseIdNumbersCarryAValidIso7064Mod112CheckDigitAndTheBirthDate() {
        for (Guest g : roster.all()) {
            if (g.documentType() == DocumentType.CN_RESIDENT_ID || g.documentType() == DocumentType.HMT_RESIDENCE_PERMIT) {
                String id = g.documentNumber();
                int sum = 0;
                for (int i = 0; i < 17; i++) {
                    sum += (id.charAt(i) - '0') * WEIGHTS[i];
                }
                assertThat(id.charAt(17)).as(g.id()).isEqualTo("10X98765432".charAt(sum % 11));
                assertThat(id.substring(6, 14)).isEqualTo(g.birthDate().toString().replace("-", ""));
                assertThat((id.charAt(16) - '0') % 2 == 1).as("odd 17th digit = male").isEqualTo("M".equals(g.sex()));
            }
        }
    }

    @Test
    void withoutFacePhotosEveryCardPhotoFieldIsEmptyButPresent() {
        CardPhotos photos = CardPhotos.none();
        byte[] field = photos.photoField(roster.get("zhang-wei"));
        assertThat(field).hasSize(1024).containsOnly(0);
    }

    @Test
    void everyGuestPortraitIsAGreyJpegOf102x126ThatFitsTheCardsPhotoField() throws Exception {
        CardPhotos photos = new CardPhotos(SharedFaces.require());
        for (Guest g : roster.all()) {
            byte[] field = photos.photoField(g);
            assertThat(field).as(g.id()).hasSize(1024);
            assertThat(field[0] & 0xFF).isEqualTo(0xFF);
            assertThat(field[1] & 0xFF).isEqualTo(0xD8);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(field));
            assertThat(image.getWidth()).isEqualTo(102);
            assertThat(image.getHeight()).isEqualTo(126);
            assertThat(image.getColorModel().getNumComponents()).isEqualTo(1);
            assertThat(Arrays.equals(field, new byte[1024])).isFalse();
        }
    }
}
