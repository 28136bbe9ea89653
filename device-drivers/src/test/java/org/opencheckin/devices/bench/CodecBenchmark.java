package org.opencheckin.devices.bench;

import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.idcard.codec.CardContent;
import org.opencheckin.devices.idcard.codec.IdCardTextDecoder;
import org.opencheckin.devices.idcard.codec.SamCodec;
import org.opencheckin.devices.idcard.codec.SamCommand;
import org.opencheckin.devices.idcard.codec.SamResponse;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrame;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.ScriptTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Codec throughput: the work a driver does per frame, without any port. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {
    byte[] readTextReply;
    byte[] findCardReply;
    byte[] dispenserStatusReply;
    byte[] framedMrz;
    List<String> td3;
    LocalDate today;

    @Setup
    public void load() {
        readTextReply = Fixture.named("idcard", "read-text-ok").bytes();
        findCardReply = Fixture.named("idcard", "find-card-found").bytes();
        dispenserStatusReply = Fixture.named("dispenser", "status-reply-rf-low").bytes();
        framedMrz = Fixture.named("mrz", "td3-specimen-framed-3m").bytes();
        td3 = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        today = LocalDate.of(2026, 11, 28);
    }

    /** 1,295-byte reply: preamble, LEN, XOR over 1,288 bytes, copy out. */
    @Benchmark
    public SamResponse samDecodeReadTextReply() throws Exception {
        return SamCodec.decodeResponse(readTextReply);
    }

    /** The whole card decode after the frame: length words, text fields, dates, ISO 7064. */
    @Benchmark
    public IdDocument samDecodeReadTextToDocument() throws Exception {
        SamResponse r = SamCodec.decodeResponse(readTextReply);
        return IdCardTextDecoder.decode(CardContent.decode(r.data(), false).text());
    }

    /** Cutting the 1,295-byte frame out of a byte stream arriving in 64-byte chunks, then decoding it. */
    @Benchmark
    public SamResponse samStreamFramingAndDecode() throws Exception {
        FrameReader reader = new FrameReader(new ScriptTransport(readTextReply, 64), SamCodec.BOUNDARY);
        return SamCodec.decodeResponse(reader.readFrame(1000));
    }

    @Benchmark
    public SamResponse samDecodeShortReply() throws Exception {
        return SamCodec.decodeResponse(findCardReply);
    }

    @Benchmark
    public byte[] samEncodeRequest() {
        return SamCodec.encode(SamCommand.READ_TEXT_PHOTO.request());
    }

    @Benchmark
    public Crt591Reply crt591DecodeStatusReply() throws Exception {
        return Crt591Codec.decodeReply(dispenserStatusReply);
    }

    @Benchmark
    public byte[] crt591EncodeCommand() {
        return Crt591Codec.encode(Crt591Command.of(0, 0x31, 0x30));
    }

    @Benchmark
    public MrzDocument mrzParseTd3() throws Exception {
        return MrzParser.parse(td3, today);
    }

    @Benchmark
    public MrzDocument mrzDecodeFramedAndParse() throws Exception {
        OcrFrame frame = OcrFrameCodec.decode(framedMrz);
        return MrzParser.parse(frame.mrzLines(), today);
    }
}
