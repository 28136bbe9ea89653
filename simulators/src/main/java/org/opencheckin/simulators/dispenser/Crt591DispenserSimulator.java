package org.opencheckin.simulators.dispenser;

import org.opencheckin.simulators.card.MifareClassic1k;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.SimulatedDevice;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.link.HostLink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * A Creator CRT-591-style key-card dispenser with a built-in MIFARE encoder, from the device's side
 * (PROTOCOLS.md section 3, docs/keycard-format.md "Encoder commands used").
 *
 * <p>It holds a stacker of blank MIFARE Classic 1K cards, a channel with one card at the gate, the RF
 * position or the holding position, and a reject bin. A card ejected to the gate is taken by the
 * simulated guest after {@link Timing#guestTakesCard()} and lands in {@link #takeCard()}'s queue, where a
 * test hands it to a {@code DoorLockSimulator}; with {@link Fault#CARD_NOT_TAKEN} it stays in the gate
 * and is captured into the reject bin after {@link Timing#gateTimeout()}.
 *
 * <p>Error codes of the 'N' reply (e1 e0): {@code 00} undefined command, {@code 01} parameter error,
 * {@code 02} command sequence error (no card where one is needed), {@code 10} card jam, {@code A0}
 * stacker empty, {@code A1} reject bin full.
 */
public final class Crt591DispenserSimulator extends SimulatedDevice {

    public static final String UNDEFINED_COMMAND = "00";
    public static final String PARAMETER_ERROR = "01";
    public static final String SEQUENCE_ERROR = "02";
    public static final String CARD_JAM = "10";
    public static final String STACKER_EMPTY = "A0";
    public static final String REJECT_BIN_FULL = "A1";

    /** Configuration of the stock of cards. */
    public record Stock(int cards, int lowThreshold, int rejectCapacity) {
        public static Stock standard() {
            return new Stock(100, 10, 30);
        }
    }

    private final int address;
    private final boolean ackMode;
    private final Stock stock;
    private final Random random;
    private final Crt591Frames.Assembler assembler = new Crt591Frames.Assembler();
    private final Deque<MifareClassic1k> taken = new ArrayDeque<>();

    private int stackerCount;
    private int rejectCount;
    private CardPosition position = CardPosition.NONE;
    private MifareClassic1k card;
    private boolean active;
    private boolean jammed;
    private long gateSince;
    private boolean gateNotTaken;
    private byte[] lastReply;
    private byte[] pendingReply;
    private int captured;

    public Crt591DispenserSimulator(HostLink link, int baud, Timing timing, int address, boolean ackMode, Stock stock, long seed) {
        super("dispenser", link, baud, timing, seed);
        this.address = address;
        this.ackMode = ackMode;
        this.stock = stock;
        this.random = new Random(seed ^ 0x591L);
        this.stackerCount = stock.cards();
    }

    // ---------------------------------------------------------------- control side

    /** The next card the simulated guest took from the gate, or null. */
    public synchronized MifareClassic1k takeCard() {
        return taken.pollFirst();
    }

    public synchronized int takenCount() {
        return taken.size();
    }

    public synchronized int stackerCount() {
        return stackerCount;
    }

    public synchronized int rejectCount() {
        return rejectCount;
    }

    /** Cards captured into the reject bin (by command or after the gate timeout) since start. */
    public synchronized int capturedCount() {
        return captured;
    }

    public synchronized CardPosition position() {
        return position;
    }

    /** The card in the channel, or null. */
    public synchronized MifareClassic1k cardInChannel() {
        return card;
    }

    /** Staff refill the stacker. */
    public synchronized void refill(int cards) {
        stackerCount = cards;
    }

    /** Staff empty the reject bin. */
    public synchronized void emptyRejectBin() {
        rejectCount = 0;
    }

    @Override
    protected Set<Fault> supportedFaults() {
        Set<Fault> set = super.supportedFaults();
        set.addAll(EnumSet.of(Fault.NAK, Fault.STACKER_LOW, Fault.STACKER_EMPTY, Fault.JAM, Fault.WRITE_FAILURE,
                Fault.CARD_NOT_TAKEN, Fault.REJECT_BIN_FULL));
        return set;
    }

    @Override
    protected synchronized void applyFault(Fault fault, int times) {
        switch (fault) {
            case STACKER_LOW -> stackerCount = Math.min(stackerCount, stock.lowThreshold());
            case STACKER_EMPTY -> stackerCount = 0;
            case REJECT_BIN_FULL -> rejectCount = stock.rejectCapacity();
            default -> super.applyFault(fault, times);
        }
    }

    @Override
    public synchronized void clearFaults() {
        super.clearFaults();
        jammed = false;
    }

    @Override
    public synchronized String status() {
        return name + " " + address() + " stacker=" + stackerCount + " reject=" + rejectCount + "/" + stock.rejectCapacity()
                + " channel=" + position + (card == null ? "" : " uid=" + card.uidHex()) + " taken=" + taken.size()
                + (jammed ? " JAMMED" : "") + " faults=" + faults.snapshot();
    }

    // ---------------------------------------------------------------- wire side

    @Override
    protected void onReceived(byte[] data) throws IOException {
        Crt591Frames.Event event = assembler.add(data);
        while (event != null) {
            handle(event);
            event = assembler.add(new byte[0]);
        }
    }

    private void handle(Crt591Frames.Event event) throws IOException {
        if (event instanceof Crt591Frames.Corrupt) {
            sendPaced(new byte[]{Crt591Frames.NAK});
        } else if (event instanceof Crt591Frames.Control control) {
            switch (control.code()) {
                case Crt591Frames.ENQ -> {
                    byte[] reply = pendingReply;
                    pendingReply = null;
                    if (reply != null) {
                        lastReply = reply;
                        sendReply(reply);
                    }
                }
                case Crt591Frames.NAK -> {
                    if (lastReply != null) {
                        sendReply(lastReply);
                    }
                }
                case Crt591Frames.EOT -> pendingReply = null;
                default -> {
                }
            }
        } else if (event instanceof Crt591Frames.Received received) {
            Crt591Frames.Command command = received.command();
            if (command.address() != address) {
                return;
            }
            if (faults.take(Fault.NAK)) {
                sendPaced(new byte[]{Crt591Frames.NAK});
                return;
            }
            if (ackMode) {
                sendPaced(new byte[]{Crt591Frames.ACK});
                pendingReply = execute(command);
            } else {
                byte[] reply = execute(command);
                lastReply = reply;
                sendReply(reply);
            }
        }
    }

    byte[] execute(Crt591Frames.Command c) {
        int code = (c.cm() << 8) | c.pm();
        return switch (code) {
            case 0x3030 -> initialise(c, true);
            case 0x3033 -> initialise(c, false);
            case 0x3130 -> ok(c, new byte[0]);
            case 0x3131 -> ok(c, sensors());
            case 0x3230 -> move(c, CardPosition.GATE);
            case 0x3232 -> move(c, CardPosition.RF);
            case 0x3239 -> move(c, CardPosition.HOLDING);
            case 0x3233 -> capture(c);
            case 0x6030 -> activate(c);
            case 0x6031 -> deactivate(c);
            case 0x6033 -> apdu(c);
            default -> fail(c, UNDEFINED_COMMAND);
        };
    }

    private synchronized byte[] ok(Crt591Frames.Command c, byte[] data) {
        char st1 = stackerCount == 0 ? '0' : stackerCount <= stock.lowThreshold() ? '1' : '2';
        char st2 = rejectCount >= stock.rejectCapacity() ? '1' : '0';
        return Crt591Frames.positive(address, c.cm(), c.pm(), position.st0(), st1, st2, data);
    }

    private byte[] fail(Crt591Frames.Command c, String error) {
        return Crt591Frames.negative(address, c.cm(), c.pm(), error);
    }

    /** Six sensor flags, '1' = blocked: stacker, channel entry, RF position, holding, gate, reject bin full. */
    private synchronized byte[] sensors() {
        return new byte[]{
                (byte) (stackerCount > 0 ? '1' : '0'),
                (byte) (position != CardPosition.NONE ? '1' : '0'),
                (byte) (position == CardPosition.RF ? '1' : '0'),
                (byte) (position == CardPosition.HOLDING ? '1' : '0'),
                (byte) (position == CardPosition.GATE ? '1' : '0'),
                (byte) (rejectCount >= stock.rejectCapacity() ? '1' : '0')};
    }

    private byte[] initialise(Crt591Frames.Command c, boolean moveCard) {
        boolean capture;
        synchronized (this) {
            jammed = false;
            active = false;
            capture = moveCard && card != null;
        }
        if (capture) {
            Timing.sleep(timing.cardMove());
            synchronized (this) {
                if (rejectCount >= stock.rejectCapacity()) {
                    return fail(c, REJECT_BIN_FULL);
                }
                toRejectBin();
            }
        }
        return ok(c, new byte[0]);
    }

    private byte[] move(Crt591Frames.Command c, CardPosition target) {
        synchronized (this) {
            if (jammed) {
                return fail(c, CARD_JAM);
            }
            if (card == null && stackerCount == 0) {
                return fail(c, STACKER_EMPTY);
            }
        }
        if (faults.take(Fault.JAM)) {
            Timing.sleep(timing.cardMove().dividedBy(2));
            synchronized (this) {
                jammed = true;
                if (card == null) {
                    stackerCount--;
                    card = MifareClassic1k.blank(random);
                    position = CardPosition.HOLDING;
                }
            }
            return fail(c, CARD_JAM);
        }
        Timing.sleep(timing.cardMove());
        synchronized (this) {
            if (card == null) {
                stackerCount--;
                card = MifareClassic1k.blank(random);
            }
            active = false;
            card.deselect();
            position = target;
            if (target == CardPosition.GATE) {
                gateSince = System.nanoTime();
                gateNotTaken = faults.take(Fault.CARD_NOT_TAKEN);
            }
        }
        return ok(c, new byte[0]);
    }

    private byte[] capture(Crt591Frames.Command c) {
        synchronized (this) {
            if (card == null) {
                return fail(c, SEQUENCE_ERROR);
            }
            if (jammed) {
                return fail(c, CARD_JAM);
            }
            if (rejectCount >= stock.rejectCapacity()) {
                return fail(c, REJECT_BIN_FULL);
            }
        }
        Timing.sleep(timing.cardMove());
        synchronized (this) {
            toRejectBin();
        }
        return ok(c, new byte[0]);
    }

    private void toRejectBin() {
        card = null;
        active = false;
        position = CardPosition.NONE;
        rejectCount++;
        captured++;
    }

    private synchronized byte[] activate(Crt591Frames.Command c) {
        if (card == null || position != CardPosition.RF) {
            return fail(c, SEQUENCE_ERROR);
        }
        active = true;
        card.deselect();
        return ok(c, card.uid());
    }

    private synchronized byte[] deactivate(Crt591Frames.Command c) {
        active = false;
        if (card != null) {
            card.deselect();
        }
        return ok(c, new byte[0]);
    }

    /** docs/keycard-format.md: load key {@code 00 20 00 SS 06 key}, read {@code 00 B0 00 BB 10}, write {@code 00 D1 00 BB 10 data}. */
    private byte[] apdu(Crt591Frames.Command c) {
        MifareClassic1k target;
        synchronized (this) {
            if (card == null || !active || position != CardPosition.RF) {
                return fail(c, SEQUENCE_ERROR);
            }
            target = card;
        }
        byte[] a = c.data();
        if (a.length < 5 || a[0] != 0x00) {
            return fail(c, PARAMETER_ERROR);
        }
        int ins = a[1] & 0xFF;
        int p2 = a[3] & 0xFF;
        int lc = a[4] & 0xFF;
        switch (ins) {
            case 0x20 -> {
                if (lc != 6 || a.length != 11) {
                    return fail(c, PARAMETER_ERROR);
                }
                boolean ok = target.authenticate(p2, Arrays.copyOfRange(a, 5, 11));
                return ok(c, ok ? sw(0x90, 0x00) : sw(0x63, 0x00));
            }
            case 0xB0 -> {
                if (lc != 16 || a.length != 5 || p2 >= MifareClassic1k.BLOCKS) {
                    return fail(c, PARAMETER_ERROR);
                }
                byte[] block = target.read(p2);
                if (block == null) {
                    return ok(c, sw(0x69, 0x82));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(block);
                out.writeBytes(sw(0x90, 0x00));
                return ok(c, out.toByteArray());
            }
            case 0xD1 -> {
                if (lc != 16 || a.length != 21 || p2 >= MifareClassic1k.BLOCKS) {
                    return fail(c, PARAMETER_ERROR);
                }
                if (!target.isAuthenticated(p2)) {
                    return ok(c, sw(0x69, 0x82));
                }
                Timing.sleep(timing.mifareWrite());
                if (faults.take(Fault.WRITE_FAILURE)) {
                    return ok(c, sw(0x65, 0x81));
                }
                return ok(c, target.write(p2, Arrays.copyOfRange(a, 5, 21)) ? sw(0x90, 0x00) : sw(0x65, 0x81));
            }
            default -> {
                return ok(c, sw(0x6D, 0x00));
            }
        }
    }

    private static byte[] sw(int sw1, int sw2) {
        return new byte[]{(byte) sw1, (byte) sw2};
    }

    /** The guest takes a card from the gate after a while; an untaken card is captured after the gate timeout. */
    @Override
    protected synchronized void tick() {
        if (position != CardPosition.GATE || card == null) {
            return;
        }
        long waited = System.nanoTime() - gateSince;
        if (!gateNotTaken && waited >= timing.guestTakesCard().toNanos()) {
            card.deselect();
            taken.addLast(card);
            card = null;
            position = CardPosition.NONE;
        } else if (gateNotTaken && waited >= timing.gateTimeout().toNanos() && rejectCount < stock.rejectCapacity()) {
            toRejectBin();
        }
    }
}
