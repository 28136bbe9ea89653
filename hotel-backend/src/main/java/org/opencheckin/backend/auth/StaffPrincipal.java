package org.opencheckin.backend.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.StaffRole;
import org.opencheckin.backend.service.AuditTrail;

/**
 * The member of staff behind a request with a staff JWT ({@link AccessTokens#forStaff}).
 * {@code hotelId} null means the user works for every hotel of its chain.
 */
public record StaffPrincipal(long userId, String username, StaffRole role, long chainId, @Nullable Long hotelId) {
    static final String KIND = "staff";

    public static StaffPrincipal of(Authentication auth) {
        Map<String, Object> a = auth.getAttributes();
        if (!KIND.equals(a.get(AccessTokens.CLAIM_KIND)) || !(a.get(AccessTokens.CLAIM_USER_ID) instanceof Number userId)
                || !(a.get(AccessTokens.CLAIM_CHAIN_ID) instanceof Number chainId)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "staff-token-required", "This endpoint is for staff");
        }
        StaffRole role = auth.getRoles().stream().filter(r -> List.of(Roles.FRONT_DESK, Roles.MANAGER, Roles.ADMIN)
                .contains(r)).map(StaffRole::valueOf).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN, "staff-token-required", "This endpoint is for staff"));
        Object hotel = a.get(AccessTokens.CLAIM_HOTEL_ID);
        return new StaffPrincipal(userId.longValue(), auth.getName(), role, chainId.longValue(),
                hotel instanceof Number n ? n.longValue() : null);
    }

    /** The audit trail's name for this user. */
    public AuditTrail.Actor actor() {
        return new AuditTrail.Actor("STAFF", username);
    }
}
