package org.opencheckin.backend.service;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
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
 * The tamper-evident audit trail: each hotel's entries form a hash chain,
 * {@code entryHash = SHA-256(prevHash | hotelId | occurredAt | actor | action | subject | detail)}.
 * Appending locks the hotel's chain head, so call it last in a transaction to keep that lock short.
 * Never put guest names or document numbers in {@code detail}.
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
        AuditChainHead head = heads.findForUpdate(hotelId).orElse(null);
        String prev = head == null ? GENESIS : head.getLastHash();
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
        e.setPrevHash(prev);
        e.setEntryHash(hash(e));
        events.save(e);
        if (head == null) {
            head = new AuditChainHead();
            head.setHotelId(hotelId);
            head.setLastEventId(e.getId());
            head.setLastHash(e.getEntryHash());
            heads.save(head);
        } else {
            head.setLastEventId(e.getId());
            head.setLastHash(e.getEntryHash());
            heads.update(head);
        }
        return e;
    }

    /** Recomputes a hotel's chain; returns the id of the first broken entry, or -1 when intact. */
    @Transactional(readOnly = true)
    public long verify(long hotelId) {
        String prev = GENESIS;
        List<AuditEvent> all = events.findByHotelIdOrderById(hotelId);
        for (AuditEvent e : all) {
            if (!e.getPrevHash().equals(prev) || !hash(e).equals(e.getEntryHash())) {
                return e.getId();
            }
            prev = e.getEntryHash();
        }
        return -1;
    }

    static String hash(AuditEvent e) {
        String canonical = String.join("|", e.getPrevHash(), Long.toString(e.getHotelId()),
                Long.toString(e.getOccurredAt().toEpochMilli()), e.getActorType(), e.getActorId(), e.getAction(),
                e.getSubjectType(), e.getSubjectId(), e.getDetail());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
