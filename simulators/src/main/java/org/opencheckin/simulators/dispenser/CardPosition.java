package org.opencheckin.simulators.dispenser;

/** Where the card in the dispenser's channel sits; st0 of the status reply (PROTOCOLS.md section 3). */
public enum CardPosition {
    /** No card in the channel: st0 '0'. */
    NONE('0'),
    /** At the gate, where the guest takes it: st0 '1'. */
    GATE('1'),
    /** At the RF/IC position, in the encoder's field: st0 '2'. */
    RF('2'),
    /** Held inside the channel, out of the field (command 32 39); reported as in the channel, st0 '2'. */
    HOLDING('2');

    private final char st0;

    CardPosition(char st0) {
        this.st0 = st0;
    }

    public char st0() {
        return st0;
    }
}
