package org.opencheckin.kiosk.device.drivers;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.devices.idcard.IdCardRead;
import org.opencheckin.devices.idcard.IdCardReader;
import org.opencheckin.devices.idcard.IdCardReaderConfig;
import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.document.ValidityPeriod;
import org.opencheckin.devices.idcard.portrait.ImageIoPortraitDecoder;
import org.opencheckin.devices.idcard.portrait.Portrait;
import org.opencheckin.devices.mrz.MrzReader;
import org.opencheckin.devices.mrz.MrzReaderConfig;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DocumentPoll;
import org.opencheckin.kiosk.device.DocumentSource;
import org.opencheckin.kiosk.device.DocumentType;
import org.opencheckin.kiosk.device.ScannedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ID-card (SAM) reader and the passport MRZ reader from {@code device-drivers}, as one
 * {@link DocumentSource} ({@code kiosk.devices.mode: drivers}). Each reader has a supervisor that reconnects
 * it when its port comes back. The chip portrait is handed on as PNG when the driver's decoder could decode
 * it (WLT photos need the vendor library); otherwise the document has no portrait and identity goes to staff.
 */
@Singleton
@Requires(property = "kiosk.devices.mode", pattern = "drivers|serial")
public class DriverDocumentSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(DriverDocumentSource.class);
    /** What the kiosk sends for a long-term (长期) resident ID, which has no expiry date. */
    static final LocalDate LONG_TERM = LocalDate.of(9999, 12, 31);

    private final DriverSettings settings;
    private final IdCardReader idReader;
    private final MrzReader mrzReader;
    private final List<DeviceSupervisor> supervisors = new ArrayList<>();

    public DriverDocumentSource(DriverSettings settings,
                                @Value("${kiosk.devices.idcard.port:}") String idPort,
                                @Value("${kiosk.devices.idcard.baud:115200}") int idBaud,
                                @Value("${kiosk.devices.mrz.port:}") String mrzPort,
                                @Value("${kiosk.devices.mrz.baud:9600}") int mrzBaud) {
        this.settings = settings;
        this.idReader = Ports.fitted(idPort)
                ? new IdCardReader(Ports.open(idPort, idBaud, settings.getTcpConnectTimeout()),
                        IdCardReaderConfig.defaults(), new ImageIoPortraitDecoder())
                : null;
        this.mrzReader = Ports.fitted(mrzPort)
                ? new MrzReader(Ports.open(mrzPort, mrzBaud, settings.getTcpConnectTimeout()),
                        MrzReaderConfig.defaults())
                : null;
        if (idReader == null && mrzReader == null) {
            LOG.error("no document reader configured (kiosk.devices.idcard.port, kiosk.devices.mrz.port): "
                    + "guests can only type a booking code");
        }
        if (idReader != null) {
            connect(idReader::connect, IdCardReader.DEVICE);
            supervisors.add(new DeviceSupervisor(idReader, SupervisorConfig.defaults()).start());
        }
        if (mrzReader != null) {
            connect(mrzReader::connect, MrzReader.DEVICE);
            supervisors.add(new DeviceSupervisor(mrzReader, SupervisorConfig.defaults()).start());
        }
    }

    private interface Connect {
        void run() throws DeviceException;
    }

    private static void connect(Connect connect, String device) {
        try {
            connect.run();
        } catch (DeviceException e) {
            LOG.warn("{} not ready at start-up (its supervisor keeps trying): {}", device, e.getMessage());
        }
    }

    @Override
    public String name() {
        return "document-reader";
    }

    @Override
    public DocumentPoll poll() throws DeviceFaultException {
        DeviceException fault = null;
        if (idReader != null) {
            try {
                Optional<IdCardRead> read = idReader.readDocument(settings.getPollWait());
                if (read.isPresent()) {
                    return DocumentPoll.read(fromIdCard(read.get()));
                }
            } catch (DeviceRejectedException e) {
                return DocumentPoll.placeAgain(e.getMessage());
            } catch (DeviceException e) {
                fault = e;
            }
        }
        if (mrzReader != null) {
            try {
                Optional<MrzDocument> read = mrzReader.readDocument(settings.getPollWait());
                if (read.isPresent()) {
                    return DocumentPoll.read(fromMrz(read.get()));
                }
            } catch (DeviceRejectedException e) {
                return DocumentPoll.placeAgain(e.getMessage());
            } catch (DeviceException e) {
                fault = fault == null ? e : fault;
            }
        }
        if (fault != null) {
            throw new DeviceFaultException(name(), fault instanceof DeviceConnectionException
                    ? DeviceFaultException.Fault.UNREACHABLE : DeviceFaultException.Fault.DEVICE_ERROR,
                    fault.getMessage(), fault);
        }
        return DocumentPoll.none();
    }

    @Override
    public String selfTest() throws DeviceFaultException {
        StringBuilder result = new StringBuilder();
        if (idReader != null) {
            try {
                result.append(IdCardReader.DEVICE).append(": SAM ").append(idReader.samStatus()).append("; ");
            } catch (DeviceException e) {
                throw new DeviceFaultException(name(), DeviceFaultException.Fault.DEVICE_ERROR, e.getMessage(), e);
            }
        }
        if (mrzReader != null) {
            result.append(MrzReader.DEVICE).append(": ").append(mrzReader.health()).append("; ");
        }
        return result.isEmpty() ? "no document reader configured" : result.toString();
    }

    static ScannedDocument fromIdCard(IdCardRead read) {
        IdDocument document = read.document();
        byte[] portrait = png(read.portrait());
        if (document instanceof ResidentIdCard card) {
            return new ScannedDocument(DocumentType.CN_RESIDENT_ID, card.idNumber(), card.name(), card.birthDate(),
                    "CHN", expiry(card.validity()), portrait);
        }
        if (document instanceof ForeignPermanentResidentCard card) {
            return new ScannedDocument(DocumentType.CN_FOREIGNER_PR, card.cardNumber(), card.englishName(),
                    card.birthDate(), card.nationality(), expiry(card.validity()), portrait);
        }
        ResidencePermit permit = (ResidencePermit) document;
        return new ScannedDocument(DocumentType.HMT_RESIDENCE_PERMIT, permit.idNumber(), permit.name(),
                permit.birthDate(), "CHN", expiry(permit.validity()), portrait);
    }

    static ScannedDocument fromMrz(MrzDocument mrz) {
        DocumentType type = mrz.documentCode().startsWith("P") ? DocumentType.PASSPORT : DocumentType.ID_CARD;
        String name = (mrz.surname() + " " + mrz.givenNames()).trim();
        return new ScannedDocument(type, mrz.documentNumber(), name, mrz.birthDate(), mrz.nationality(),
                mrz.expiryDate(), null);
    }

    private static LocalDate expiry(ValidityPeriod validity) {
        return validity.isLongTerm() ? LONG_TERM : validity.to();
    }

    private static byte[] png(Portrait portrait) {
        if (portrait == null || !portrait.isDecoded()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return ImageIO.write(portrait.image(), "png", out) ? out.toByteArray() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @PreDestroy
    void close() {
        supervisors.forEach(DeviceSupervisor::close);
        if (idReader != null) {
            idReader.close();
        }
        if (mrzReader != null) {
            mrzReader.close();
        }
    }
}
