package org.opencheckin.simulators.fuzz;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.opencheckin.simulators.dispenser.Crt591Frames;
import org.opencheckin.simulators.idcard.SamFrames;
import org.opencheckin.simulators.testing.Fixtures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulators' request assemblers take whatever a host (or a line fault) throws at them: random and
 * chopped input never throws and always comes to an end, and a valid request after noise that
 * holds no start byte is still found.
 */
class RequestAssemblerFuzzTest {

    @Property(tries = 300)
    void samAssemblerSurvivesAnyBytes(@ForAll @Size(max = 600) List<Byte> noise, @ForAll @Size(min = 1, max = 40) List<Integer> cuts) {
        SamFrames.Assembler assembler = new SamFrames.Assembler();
        for (byte[] piece : chop(bytes(noise), cuts)) {
            drain(assembler, piece);
        }
    }

    @Property(tries = 300)
    void samRequestAfterNoiseIsFound(@ForAll @Size(max = 200) List<Byte> noise, @ForAll @Size(min = 1, max = 20) List<Integer> cuts) {
        byte[] request = Fixtures.hex("idcard/find-card.request.hex");
        byte[] clean = bytes(noise.stream().filter(b -> b != (byte) 0xAA).toList());
        byte[] stream = Arrays.copyOf(clean, clean.length + request.length);
        System.arraycopy(request, 0, stream, clean.length, request.length);
        SamFrames.Assembler assembler = new SamFrames.Assembler();
        List<SamFrames.Event> events = new ArrayList<>();
        for (byte[] piece : chop(stream, cuts)) {
            events.addAll(drain(assembler, piece));
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e).isInstanceOf(SamFrames.Complete.class);
            SamFrames.Request r = ((SamFrames.Complete) e).request();
            assertThat(r.cmd()).isEqualTo(0x20);
            assertThat(r.para()).isEqualTo(0x01);
        });
    }

    @Property(tries = 300)
    void crt591AssemblerSurvivesAnyBytesAndFindsARequestAfterNoise(@ForAll @Size(max = 600) List<Byte> noise,
                                                                 @ForAll @Size(min = 1, max = 40) List<Integer> cuts) {
        Crt591Frames.Assembler assembler = new Crt591Frames.Assembler();
        for (byte[] piece : chop(bytes(noise), cuts)) {
            drainCrt(assembler, piece);
        }
        byte[] request = Fixtures.hex("dispenser/status.request.hex");
        byte[] clean = bytes(noise.stream().filter(b -> b != (byte) 0xF2).toList());
        byte[] stream = Arrays.copyOf(clean, clean.length + request.length);
        System.arraycopy(request, 0, stream, clean.length, request.length);
        Crt591Frames.Assembler fresh = new Crt591Frames.Assembler();
        List<Crt591Frames.Event> events = new ArrayList<>();
        for (byte[] piece : chop(stream, cuts)) {
            events.addAll(drainCrt(fresh, piece));
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Crt591Frames.Received.class,
                r -> assertThat(r.command().cm()).isEqualTo(0x31)));
    }

    private static List<SamFrames.Event> drain(SamFrames.Assembler assembler, byte[] piece) {
        List<SamFrames.Event> events = new ArrayList<>();
        SamFrames.Event e = assembler.add(piece);
        for (int guard = 0; e != null; guard++) {
            assertThat(guard).as("assembler terminates").isLessThan(10_000);
            events.add(e);
            e = assembler.add(new byte[0]);
        }
        return events;
    }

    private static List<Crt591Frames.Event> drainCrt(Crt591Frames.Assembler assembler, byte[] piece) {
        List<Crt591Frames.Event> events = new ArrayList<>();
        Crt591Frames.Event e = assembler.add(piece);
        for (int guard = 0; e != null; guard++) {
            assertThat(guard).as("assembler terminates").isLessThan(10_000);
            events.add(e);
            e = assembler.add(new byte[0]);
        }
        return events;
    }

    private static byte[] bytes(List<Byte> list) {
        byte[] b = new byte[list.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = list.get(i);
        }
        return b;
    }

    private static List<byte[]> chop(byte[] data, List<Integer> cuts) {
        List<byte[]> pieces = new ArrayList<>();
        int at = 0;
        for (int cut : cuts) {
            int n = Math.floorMod(cut, 64) + 1;
            if (at >= data.length) {
                break;
            }
            pieces.add(Arrays.copyOfRange(data, at, Math.min(data.length, at + n)));
            at += n;
        }
        if (at < data.length) {
            pieces.add(Arrays.copyOfRange(data, at, data.length));
        }
        return pieces;
    }
}
