package org.opencheckin.kiosk.device.drivers;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.idcard.IdCardRead;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.document.Sex;
import org.opencheckin.devices.idcard.document.ValidityPeriod;
import org.opencheckin.devices.idcard.portrait.Portrait;
import org.opencheckin.devices.idcard.portrait.PortraitFormat;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.opencheckin.devices.mrz.document.MrzSex;
import org.opencheckin.devices.transport.SerialTransport;
import org.opencheckin.devices.transport.TcpTransport;
import org.opencheckin.kiosk.device.DocumentType;
import org.opencheckin.kiosk.device.ScannedDocument;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping from device-drivers' documents and settings to the kiosk's ports. */
class DriverAdaptersTest {

    @Test
    void residentIdCardBecomesAScannedDocumentWithAPngPortraitAndLongTermExpiry() {
        ResidentIdCard card = new ResidentIdCard("张伟明", Sex.MALE, "01", LocalDate.of(1990, 3, 7), "北京市",
                "110101199003070012", "北京市公安局", new ValidityPeriod(LocalDate.of(2016, 1, 1), null));
        BufferedImage photo = new BufferedImage(102, 126, BufferedImage.TYPE_INT_RGB);
        ScannedDocument document = DriverDocumentSource.fromIdCard(new IdCardRead(card,
                new Portrait(PortraitFormat.BMP, new byte[] {1}, photo), new byte[0]));
        assertThat(document.type()).isEqualTo(DocumentType.CN_RESIDENT_ID);
        assertThat(document.documentNumber()).isEqualTo("110101199003070012");
        assertThat(document.nationality()).isEqualTo("CHN");
        assertThat(document.expiryDate()).isEqualTo(DriverDocumentSource.LONG_TERM);
        assertThat(document.hasPortrait()).isTrue();
        assertThat(document.portrait()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void undecodedWltPhotoMeansNoPortrait() {
        ResidentIdCard card = new ResidentIdCard("李四", Sex.FEMALE, "01", LocalDate.of(1980, 1, 1), "x",
                "110101198001010017", "y", new ValidityPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1)));
        ScannedDocument document = DriverDocumentSource.fromIdCard(new IdCardRead(card,
                new Portrait(PortraitFormat.WLT, new byte[1024], null), new byte[0]));
        assertThat(document.hasPortrait()).isFalse();
        assertThat(document.expiryDate()).isEqualTo(LocalDate.of(2040, 1, 1));
    }

    @Test
    void passportMrzBecomesAPassportWithoutPortrait() {
        MrzDocument mrz = new MrzDocument(MrzFormat.TD3, "P<", "UTO", "L898902C3", "UTO", LocalDate.of(1974, 8, 12),
                MrzSex.FEMALE, LocalDate.of(2012, 4, 15), "ERIKSSON", "ANNA MARIA", "ZE184226B", false);
        ScannedDocument document = DriverDocumentSource.fromMrz(mrz);
        assertThat(document.type()).isEqualTo(DocumentType.PASSPORT);
        assertThat(document.fullName()).isEqualTo("ERIKSSON ANNA MARIA");
        assertThat(document.nationality()).isEqualTo("UTO");
        assertThat(document.hasPortrait()).isFalse();
    }

    @Test
    void portSpecsAndSectorKeys() {
        assertThat(Ports.open("serial:/dev/ttyUSB0@115200", 9600, Duration.ofSeconds(1)))
                .isInstanceOf(SerialTransport.class);
        assertThat(Ports.open("tcp:127.0.0.1:7001", 9600, Duration.ofSeconds(1))).isInstanceOf(TcpTransport.class);
        assertThat(Ports.open("/tmp/opencheckin/idcard", 9600, Duration.ofSeconds(1)))
                .isInstanceOf(SerialTransport.class);
        assertThatThrownBy(() -> Ports.open("COM3", 9600, Duration.ofSeconds(1))).hasMessageContaining("COM3");
        assertThat(Ports.fitted("")).isFalse();
        assertThat(DriverKeyCardIssuer.sectorKey("A0A1A2A3A4A5")).hasSize(6);
        assertThatThrownBy(() -> DriverKeyCardIssuer.sectorKey("FFFFFFFFFFFF")).hasMessageContaining("factory");
        assertThatThrownBy(() -> DriverKeyCardIssuer.sectorKey("")).hasMessageContaining("12 hex digits");
    }

    @Test
    void aDispenserWithoutSectorKeyRefusesEveryCardInsteadOfStoppingTheKiosk() {
        DriverKeyCardIssuer issuer = new DriverKeyCardIssuer(new DriverSettings(), "tcp:127.0.0.1:1", 9600, 0, "");
        assertThatThrownBy(() -> issuer.issue(new byte[48]))
                .isInstanceOfSatisfying(org.opencheckin.kiosk.device.DeviceFaultException.class,
                        e -> assertThat(e.fault()).isEqualTo(org.opencheckin.kiosk.device.DeviceFaultException.Fault.DEVICE_ERROR))
                .hasMessageContaining("sector-key");
        assertThatThrownBy(issuer::stackerLevel).hasMessageContaining("not configured");
    }
}
