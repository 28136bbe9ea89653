package org.opencheckin.devices.idcard.portrait;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BMP headers whose fields ImageIO would trust for an allocation; found by the fuzz properties. */
class ImageIoPortraitDecoderTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final ImageIoPortraitDecoder decoder = new ImageIoPortraitDecoder();

    @Test
    void aCardSizedBmpDecodes() throws Exception {
        Portrait portrait = decoder.decode(bmp(102, 126));
        assertThat(portrait.format()).isEqualTo(PortraitFormat.BMP);
        assertThat(portrait.image().getWidth()).isEqualTo(102);
        assertThat(portrait.image().getHeight()).isEqualTo(126);
    }

    /** The fuzzer's 294-byte file: an 8x10 BMP saying BI_JPEG and 512 MiB of image made ImageIO allocate 512 MiB. */
    @Test
    void aJpegBodyClaimingHalfAGigabyteIsRefusedWithoutAllocatingIt() throws Exception {
        byte[] photo = bmp(8, 10);
        putUint32(photo, 30, 4); // BI_JPEG
        putUint32(photo, 34, 0x2000_00F0L);
        long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        assertThatThrownBy(() -> decoder.decode(photo))
                .isInstanceOf(PortraitDecodeException.class)
                .hasMessage("BMP compression 4 is not a card portrait's");
        long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(allocated).isLessThan(1 << 20);
    }

    @Test
    void anImageSizeBeyondTheFileIsRefused() throws Exception {
        byte[] photo = bmp(8, 10);
        putUint32(photo, 34, 33_000_000);
        assertThatThrownBy(() -> decoder.decode(photo))
                .isInstanceOf(PortraitDecodeException.class)
                .hasMessage("BMP header claims 33000000 bytes of pixels in a file of " + photo.length);
    }

    @Test
    void aTruncatedBmpHeaderIsRefused() {
        assertThatThrownBy(() -> decoder.decode(new byte[] {'B', 'M', 1, 2, 3}))
                .isInstanceOf(PortraitDecodeException.class)
                .hasMessageContaining("truncated");
    }

    private static byte[] bmp(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "bmp", out);
        return out.toByteArray();
    }

    private static void putUint32(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >> (8 * i));
        }
    }
}
