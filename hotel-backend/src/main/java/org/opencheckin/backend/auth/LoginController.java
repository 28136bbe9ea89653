package org.opencheckin.backend.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.opencheckin.backend.auth.AuthDtos.LoginRequest;
import org.opencheckin.backend.auth.AuthDtos.LoginResponse;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.StaffUser;
import org.opencheckin.backend.repository.StaffUserRepository;
import org.opencheckin.backend.security.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Staff sign-in: username and password for a JWT that carries the user's role and hotel scope. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Staff authentication")
public class LoginController {
    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);
    /** Verified when the user does not exist, so a wrong username costs as long as a wrong password. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-user");

    private final StaffUserRepository staff;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    public LoginController(StaffUserRepository staff, AccessTokens tokens, LoginThrottle throttle) {
        this.staff = staff;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Post("/login")
    @Operation(summary = "Exchange staff credentials for a bearer JWT",
            description = "After 5 consecutive failures for a username, attempts are refused with 429 and a Retry-After for a lock-out that doubles from 30 s up to 15 min.")
    public LoginResponse login(@Valid @Body LoginRequest request) {
        throttle.checkAllowed(request.username());
        StaffUser user = staff.findByUsername(request.username()).orElse(null);
        boolean ok = PasswordHasher.verify(request.password(), user == null ? DUMMY_HASH : user.getPasswordHash());
        if (user == null || !ok || !Boolean.TRUE.equals(user.getEnabled())) {
            LOG.info("event=staff.login outcome=refused");
            throttle.failed(request.username());
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Unknown user or wrong password");
        }
        throttle.succeeded(request.username());
        AccessTokens.Issued issued = tokens.forStaff(user);
        LOG.info("event=staff.login outcome=ok user={} role={}", user.getId(), user.getStaffRole());
        return new LoginResponse(issued.token(), "Bearer", issued.expiresInSeconds(), user.getUsername(),
                user.getStaffRole());
    }
}
