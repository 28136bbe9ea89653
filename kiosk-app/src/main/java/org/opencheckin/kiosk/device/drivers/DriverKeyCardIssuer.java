package org.opencheckin.kiosk.device.drivers;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.opencheckin.devices.DeviceConnectionException;
import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.dispenser.KeyCardDispenser;
import org.opencheckin.devices.dispenser.KeyCardDispenserConfig;
import org.opencheckin.devices.dispenser.KeyIssueResult;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.health.DeviceSupervisor;
import org.opencheckin.devices.health.SupervisorConfig;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DeviceFaultException.Fault;
import org.opencheckin.kiosk.device.KeyCardIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HexFormat;

/**
 * The CRT-591-style dispenser with RF encoder from {@code device-drivers} ({@code kiosk.devices.mode:
 * drivers}). The driver owns the card's mechanics, the MIFARE writes, the read-back check and the reject bin;
 * this adapter supplies the hotel's sector key ({@code kiosk.keycard.sector-key}) and maps the driver's
 * exceptions to the kiosk's {@link Fault}s.
 */
@Singleton
@Requires(property = "kiosk.devices.mode", pattern = "drivers|serial")
public class DriverKeyCardIssuer implements KeyCardIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(DriverKeyCardIssuer.class);

    private final KeyCardDispenser dispenser;
    private final DeviceSupervisor supervisor;
    private final byte[] sectorKey;
    /** Why no card can be issued at all (no dispenser or no valid sector key configured), or null. */
    private final String misconfigured;

    public DriverKeyCardIssuer(DriverSettings settings,
                               @Value("${kiosk.devices.dispenser.port:}") String port,
                               @Value("${kiosk.devices.dispenser.baud:9600}") int baud,
                               @Value("${kiosk.devices.dispenser.address:0}") int address,
                               @Value("${kiosk.keycard.sector-key:}") String sectorKeyHex) {
        byte[] key = null;
        String problem = null;
        try {
            key = sectorKey(sectorKeyHex);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (!Ports.fitted(port)) {
            problem = "kiosk.devices.dispenser.port is not set";
        }
        this.sectorKey = key;
        this.misconfigured = problem;
        if (problem != null) {
            LOG.error("key cards cannot be issued, guests will be sent to staff for keys: {}", problem);
            this.dispenser = null;
            this.supervisor = null;
            return;
        }
        KeyCardDispenserConfig d = KeyCardDispenserConfig.defaults();
        KeyCardDispenserConfig config = new KeyCardDispenserConfig(address, d.replyTimeout(),
                d.moveTimeout(), d.cardTakeTimeout(), d.takePollInterval(), d.transportRetries(), d.maxCardsPerKey());
        this.dispenser = new KeyCardDispenser(Ports.open(port, baud, settings.getTcpConnectTimeout()), config);
        try {
            dispenser.connect();
        } catch (DeviceException e) {
            LOG.warn("{} not ready at start-up (its supervisor keeps trying): {}", KeyCardDispenser.DEVICE,
                    e.getMessage());
        }
        this.supervisor = new DeviceSupervisor(dispenser, SupervisorConfig.defaults()).start();
    }

    /** 12 hex digits, never the factory key (docs/keycard-format.md). */
    static byte[] sectorKey(String hex) {
        if (hex == null || !hex.matches("[0-9A-Fa-f]{12}")) {
            throw new IllegalArgumentException("kiosk.keycard.sector-key must be 12 hex digits");
        }
        byte[] key = HexFormat.of().parseHex(hex);
        if (hex.equalsIgnoreCase("FFFFFFFFFFFF")) {
            throw new IllegalArgumentException("kiosk.keycard.sector-key must not be the factory key");
        }
        return key;
    }

    @Override
    public String name() {
        return "key-dispenser";
    }

    @Override
    public String issue(byte[] payload) throws DeviceFaultException {
        requireConfigured();
        try {
            KeyIssueResult result = dispenser.issueKey(payload, sectorKey);
            if (result.outcome() == KeyIssueResult.Outcome.NOT_TAKEN_CAPTURED) {
                throw new DeviceFaultException(name(), Fault.DEVICE_ERROR,
                        "card encoded but not taken from the gate; captured into the reject bin");
            }
            return HexFormat.of().formatHex(result.cardUid());
        } catch (DeviceException e) {
            throw fault(e);
        }
    }

    /** The driver's exception as the kiosk's fault; the message keeps the driver's command, step and status. */
    DeviceFaultException fault(DeviceException e) {
        Fault fault;
        if (e instanceof DeviceConnectionException || e instanceof DeviceTimeoutException) {
            fault = Fault.UNREACHABLE;
        } else if (e instanceof DeviceRejectedException && "check stock".equals(e.step())) {
            fault = Fault.OUT_OF_CARDS;
        } else if (e instanceof DeviceRejectedException && "encode".equals(e.step())) {
            fault = Fault.ENCODE_FAILED;
        } else if (e instanceof DeviceRejectedException && e.step() != null && e.step().startsWith("move")) {
            fault = Fault.JAM;
        } else {
            fault = Fault.DEVICE_ERROR;
        }
        return new DeviceFaultException(name(), fault, e.getMessage(), e);
    }

    @Override
    public StackerLevel stackerLevel() throws DeviceFaultException {
        requireConfigured();
        try {
            DispenserStatus status = dispenser.status();
            return switch (status.stacker()) {
                case EMPTY -> StackerLevel.EMPTY;
                case LOW -> StackerLevel.LOW;
                case ENOUGH -> StackerLevel.ENOUGH;
            };
        } catch (DeviceException e) {
            throw fault(e);
        }
    }

    @Override
    public String selfTest() throws DeviceFaultException {
        requireConfigured();
        try {
            DispenserStatus before = dispenser.status();
            dispenser.moveToRf();
            byte[] uid = dispenser.activateCard();
            dispenser.deactivateCard();
            DispenserStatus after = dispenser.capture();
            return "status " + before + ", blank card " + HexFormat.of().formatHex(uid) + " read and captured, now "
                    + after;
        } catch (DeviceException e) {
            throw fault(e);
        }
    }

    private void requireConfigured() throws DeviceFaultException {
        if (misconfigured != null) {
            throw new DeviceFaultException(name(), Fault.DEVICE_ERROR, "not configured: " + misconfigured);
        }
    }

    @PreDestroy
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (dispenser != null) {
            dispenser.close();
        }
    }
}
