package org.opencheckin.backend.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.opencheckin.backend.auth.Roles;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.staff.StaffDtos.AuditEntry;
import org.opencheckin.backend.staff.StaffDtos.AuditPage;
import org.opencheckin.backend.staff.StaffScope;

/**
 * The audit log of a hotel, oldest first, page by page ({@code afterId}); every read
 * re-computes the whole sealed hash chain ({@link AuditTrail#verify}) and says whether it is
 * intact and where it first breaks. Entries younger than the seal interval show no hashes yet.
 */
@Controller("/api/v1/staff/audit")
@Secured({Roles.MANAGER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff: audit")
public class AuditLogController {
    private final StaffScope scope;
    private final AuditQueries queries;
    private final AuditTrail trail;

    public AuditLogController(StaffScope scope, AuditQueries queries, AuditTrail trail) {
        this.scope = scope;
        this.queries = queries;
        this.trail = trail;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(summary = "Read the audit trail and verify its hash chain")
    public AuditPage read(Authentication auth,
                          @Nullable @QueryValue @Pattern(regexp = "^[A-Za-z0-9_\\-]{1,32}$") String hotel,
                          @Nullable @QueryValue @Min(0) Long afterId,
                          @Nullable @QueryValue @Min(1) @Max(500) Integer limit) {
        Hotel h = scope.hotel(StaffPrincipal.of(auth), hotel);
        int size = limit == null ? 100 : limit;
        List<AuditEntry> entries = queries.page(h.getId(), afterId == null ? 0 : afterId, size).stream()
                .map(e -> new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorType(), e.getActorId(), e.getAction(),
                        e.getSubjectType(), e.getSubjectId(), e.getDetail(), e.getChainSeq(), e.getPrevHash(),
                        e.getEntryHash()))
                .toList();
        long broken = trail.verify(h.getId());
        Long next = entries.size() == size ? entries.get(entries.size() - 1).id() : null;
        boolean tailDeleted = broken == Long.MAX_VALUE;
        return new AuditPage(h.getCode(), broken < 0, broken < 0 || tailDeleted ? null : broken, tailDeleted, entries, next);
    }
}
