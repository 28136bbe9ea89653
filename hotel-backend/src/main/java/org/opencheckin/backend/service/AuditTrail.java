package org.opencheckin.backend.service;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.opencheckin.backend.model.AuditChainHead;
import org.opencheckin.backend.model.AuditEvent;
import org.opencheckin.backend.repository.AuditChainHeadRepository;
import org.opencheckin.backend.repository.AuditEventRepository;

/**
 * The tamper-evident audit trail. A request only inserts its entry ({@link #append}), inside its
 * own transaction and without any per-hotel lock. {@link #seal} (run every second by the
 * AuditSealJob, safe on several instances) then numbers each hotel's new entries and chains
 * them: {@code entryHash = SHA-256(prevHash | chainSeq | hotelId | occurredAt | actor | action |
 * subject | detail)}. Editing or deleting a sealed entry breaks {@link #verify}. Never put
 * guest names or document numbers in {@code detail}.
 */
@Singleton
public class AuditTrail {
    public static final String GENESIS = "0".repeat(64);

    private final AuditEventRepository events;
    private final AuditChainHeadRepository heads;

    public AuditTrail(AuditEventRepository events, AuditChainHeadRepository heads) {
        this.events = events;
        this.heads = heads;
    }

    /** Who did something: {@code KIOSK}, {@code STAFF}, {@code INTEGRATION} or {@code SYSTEM}. */
    public record Actor(String type, String id) {
        public static final Actor SYSTEM = new Actor("SYSTEM", "backend");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEvent append(long hotelId, Actor actor, String action, String subjectType, String subjectId,
                             String detail) {
        AuditEvent e = new AuditEvent();
        e.setHotelId(hotelId);
        // Whole seconds: Connector/J drops fractions on MariaDB 10.x (it announces itself as 5.5.5-...),
        // and the hash must be recomputable from what the database kept.
        e.setOccurredAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        e.setActorType(actor.type());
        e.setActorId(actor.id());
        e.setAction(action);
        e.setSubjectType(subjectType);
        e.setSubjectId(subjectId);
        e.setDetail(detail == null ? "" : detail);
        return events.save(e);
    }

    /** Chains the hotel's unsealed entries onto its chain head; returns how many were sealed. */
    @Transactional
    public int seal(long hotelId) {
        AuditChainHead head = heads.findForUpdate(hotelId).orElse(null);
        boolean fresh = head == null;
        if (fresh) {
            head = new AuditChainHead();
            head.setHotelId(hotelId);
            head.setLastSeq(0L);
            head.setLastHash(GENESIS);
        }
        Long first = events.findFirstUnsealedId(hotelId).orElse(null);
        List<AuditEvent> unsealed = first == null ? List.of() : events.findUnsealed(hotelId, first);
        int sealed = 0;
        for (AuditEvent e : unsealed) {
            e.setChainSeq(head.getLastSeq() + 1);
            e.setPrevHash(head.getLastHash());
            e.setEntryHash(hash(e));
            if (events.seal(e.getId(), e.getChainSeq(), e.getPrevHash(), e.getEntryHash()) == 1) {
                head.setLastSeq(e.getChainSeq());
                head.setLastHash(e.getEntryHash());
                sealed++;
            }
        }
        if (fresh) {
            heads.save(head);
        } else if (sealed > 0) {
            heads.update(head);
        }
        return sealed;
    }

    /** Seals what is pending for every hotel (see {@link #sealHotel}); returns the number of entries sealed. */
    public int sealAll() {
        int n = 0;
        for (Long hotelId : events.findHotelsWithUnsealed()) {
            n += sealHotel(hotelId);
        }
        return n;
    }

    /**
     * Seals everything pending for one hotel, {@link AuditEventRepository#SEAL_BATCH} entries per
     * transaction; returns the number of entries sealed. One batch per run of the seal job was
     * not enough: at 200 check-ins per second (1400 entries) the backlog grew without bound.
     */
    public int sealHotel(long hotelId) {
        int n = 0;
        int sealed;
        do {
            sealed = seal(hotelId);
            n += sealed;
        } while (sealed == AuditEventRepository.SEAL_BATCH);
        return n;
    }

    /** Recomputes a hotel's sealed chain; returns the id of the first broken entry, or -1 when intact. */
    @Transactional(readOnly = true)
    public long verify(long hotelId) {
        String prev = GENESIS;
        long seq = 0;
        for (AuditEvent e : events.findSealed(hotelId)) {
            seq++;
            if (e.getChainSeq() != seq || !prev.equals(e.getPrevHash()) || !hash(e).equals(e.getEntryHash())) {
                return e.getId();
            }
            prev = e.getEntryHash();
        }
        AuditChainHead head = heads.findById(hotelId).orElse(null);
        if (head != null && (head.getLastSeq() != seq || !head.getLastHash().equals(prev))) {
            return Long.MAX_VALUE; // entries at the end of the chain were deleted
        }
        return -1;
    }

    static String hash(AuditEvent e) {
        String canonical = String.join("|", e.getPrevHash(), Long.toString(e.getChainSeq()),
                Long.toString(e.getHotelId()), Long.toString(e.getOccurredAt().toEpochMilli()), e.getActorType(),
                e.getActorId(), e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getDetail());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
