package org.opencheckin.devices.idcard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.devices.idcard.codec.CardContent;
import org.opencheckin.devices.idcard.codec.IdCardTextDecoder;
import org.opencheckin.devices.idcard.codec.IdCardTextEncoder;
import org.opencheckin.devices.idcard.codec.SamCodec;
import org.opencheckin.devices.idcard.codec.SamCommand;
import org.opencheckin.devices.idcard.codec.SamRequest;
import org.opencheckin.devices.idcard.codec.SamResponse;
import org.opencheckin.devices.idcard.codec.SamStatus;
import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.testing.Fixture;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every SAM frame fixture decodes to its fields and encodes back to its exact bytes. */
class SamFixtureTest {

    static List<Fixture> requests() {
        return Fixture.all("idcard").stream().filter(f -> f.get("kind").equals("request")).toList();
    }

    static List<Fixture> responses() {
        return Fixture.all("idcard").stream().filter(f -> f.get("kind").equals("response")).toList();
    }

    static List<Fixture> cardTexts() {
        return responses().stream().filter(f -> f.has("text.type")).toList();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void requestDecodesAndEncodesExactly(Fixture f) throws Exception {
        SamRequest decoded = SamCodec.decodeRequest(f.bytes());
        SamRequest expected = new SamRequest(f.hexByte("cmd"), f.hexByte("para"), new byte[0]);

        assertThat(decoded).isEqualTo(expected);
        assertThat(decoded.command()).as("a named command").isNotNull();
        assertThat(SamCodec.encode(expected)).isEqualTo(f.bytes());
        assertThat(SamCodec.encode(SamCommand.of(expected.cmd(), expected.para()).request())).isEqualTo(f.bytes());
        assertThat(SamCodec.decodeRequest(SamCodec.encode(decoded))).isEqualTo(decoded);
    }

    @ParameterizedTest
    @MethodSource("responses")
    void responseDecodesAndEncodesExactly(Fixture f) throws Exception {
        SamResponse decoded = SamCodec.decodeResponse(f.bytes());
        byte[] sw = f.hex("sw");

        assertThat(decoded.statusBytes()).isEqualTo(sw);
        if (f.has("status")) {
            assertThat(decoded.status()).isEqualTo(SamStatus.valueOf(f.get("status")));
        }
        if (f.has("data")) {
            assertThat(decoded.data()).isEqualTo(f.hex("data"));
            SamResponse expected = new SamResponse(sw[0] & 0xFF, sw[1] & 0xFF, sw[2] & 0xFF, f.hex("data"));
            assertThat(SamCodec.encode(expected)).isEqualTo(f.bytes());
        }
        if (f.has("frame.length")) {
            assertThat(f.bytes()).hasSize(Integer.parseInt(f.get("frame.length")));
        }
        assertThat(SamCodec.encode(decoded)).isEqualTo(f.bytes());
        assertThat(SamCodec.decodeResponse(SamCodec.encode(decoded))).isEqualTo(decoded);
    }

    @ParameterizedTest
    @MethodSource("cardTexts")
    void cardTextDecodesToTheFixtureFieldsAndEncodesBack(Fixture f) throws Exception {
        boolean withFingerprint = f.has("fingerprint.length");
        SamResponse response = SamCodec.decodeResponse(f.bytes());
        CardContent content = CardContent.decode(response.data(), withFingerprint);
        IdDocument document = IdCardTextDecoder.decode(content.text());

        assertThat(content.text()).hasSize(256);
        assertThat(content.photo()).hasSize(Integer.parseInt(f.get("photo.length")));
        if (withFingerprint) {
            assertThat(content.fingerprint()).hasSize(Integer.parseInt(f.get("fingerprint.length")));
        }
        assertThat(content.encode(withFingerprint)).isEqualTo(response.data());
        assertThat(IdCardTextEncoder.encode(document)).isEqualTo(content.text());
        assertThat(document.documentNumber()).isEqualTo(f.get("text.number"));
        assertThat(document.validity().from()).isEqualTo(LocalDate.parse(f.get("text.validFrom")));
        if (f.get("text.validTo").equals("long-term")) {
            assertThat(document.validity().isLongTerm()).isTrue();
        } else {
            assertThat(document.validity().to()).isEqualTo(LocalDate.parse(f.get("text.validTo")));
        }
        switch (f.get("text.type")) {
            case "resident" -> {
                ResidentIdCard r = (ResidentIdCard) document;
                assertThat(r.name()).isEqualTo(f.get("text.name"));
                assertThat(r.sex().name()).isEqualTo(f.get("text.sex"));
                assertThat(r.nationCode()).isEqualTo(f.get("text.nation"));
                assertThat(r.birthDate()).isEqualTo(LocalDate.parse(f.get("text.birth")));
                assertThat(r.address()).isEqualTo(f.get("text.address"));
                assertThat(r.issuingAuthority()).isEqualTo(f.get("text.authority"));
            }
            case "permit" -> {
                ResidencePermit p = (ResidencePermit) document;
                assertThat(p.name()).isEqualTo(f.get("text.name"));
                assertThat(p.sex().name()).isEqualTo(f.get("text.sex"));
                assertThat(p.birthDate()).isEqualTo(LocalDate.parse(f.get("text.birth")));
                assertThat(p.passNumber()).isEqualTo(f.get("text.pass"));
                assertThat(p.issueCount()).isEqualTo(Integer.parseInt(f.get("text.issueCount")));
            }
            case "foreigner" -> {
                ForeignPermanentResidentCard c = (ForeignPermanentResidentCard) document;
                assertThat(c.englishName()).isEqualTo(f.get("text.name"));
                assertThat(c.sex().name()).isEqualTo(f.get("text.sex"));
                assertThat(c.nationality()).isEqualTo(f.get("text.nationality"));
                assertThat(c.birthDate()).isEqualTo(LocalDate.parse(f.get("text.birth")));
            }
            default -> throw new AssertionError("unknown text.type in " + f);
        }
    }
}
