package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Kiosk;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.security.KioskTokenValidator;
import org.opencheckin.backend.security.PasswordHasher;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.staff.StaffDtos.KioskCredentials;
import org.opencheckin.backend.staff.StaffDtos.KioskView;

/**
 * Kiosk registration and credentials. A token is 32 random bytes (Base64url, 43 characters),
 * returned once; only its SHA-256 is stored. Rotating or disabling clears the kiosk token
 * cache, so the old token stops working at once on this instance (other instances within
 * their cache lifetime, see {@link KioskTokenValidator}).
 */
@Singleton
public class KioskAdminService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffScope scope;
    private final KioskRepository kiosks;
    private final StaffKioskQueries queries;
    private final KioskTokenValidator tokenValidator;
    private final AuditTrail audit;
    private final HotelRepository hotels;

    public KioskAdminService(StaffScope scope, KioskRepository kiosks, StaffKioskQueries queries,
                             KioskTokenValidator tokenValidator, AuditTrail audit,
                             HotelRepository hotels) {
        this.scope = scope;
        this.kiosks = kiosks;
        this.queries = queries;
        this.tokenValidator = tokenValidator;
        this.audit = audit;
        this.hotels = hotels;
    }

    @Transactional(readOnly = true)
    public List<KioskView> list(StaffPrincipal staff, @Nullable String hotelCode) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        return queries.findByHotelIdOrderByCode(hotel.getId()).stream().map(k -> view(k, hotel)).toList();
    }

    @Transactional
    public KioskCredentials register(StaffPrincipal staff, @Nullable String hotelCode, String code, String name) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        if (kiosks.findByHotelIdAndCode(hotel.getId(), code).isPresent()) {
            throw ApiProblem.conflict("kiosk-code-taken", "Kiosk " + code + " is already registered at this hotel");
        }
        String token = newToken();
        Kiosk k = new Kiosk();
        k.setHotelId(hotel.getId());
        k.setCode(code);
        k.setName(name.strip());
        k.setTokenHash(PasswordHasher.sha256Hex(token));
        k.setEnabled(true);
        k.setCreatedAt(ReservationEditor.now());
        kiosks.save(k);
        audit.append(hotel.getId(), staff.actor(), "kiosk.registered", "kiosk", k.getId().toString(), "code=" + code);
        return new KioskCredentials(view(k, hotel), token);
    }

    @Transactional
    public KioskCredentials rotate(StaffPrincipal staff, long kioskId) {
        Kiosk k = find(staff, kioskId);
        String token = newToken();
        k.setTokenHash(PasswordHasher.sha256Hex(token));
        k.setEnabled(true);
        kiosks.update(k);
        tokenValidator.invalidate();
        audit.append(k.getHotelId(), staff.actor(), "kiosk.token-rotated", "kiosk", k.getId().toString(), "");
        return new KioskCredentials(view(k, hotels.findById(k.getHotelId()).orElseThrow()), token);
    }

    @Transactional
    public KioskView disable(StaffPrincipal staff, long kioskId) {
        Kiosk k = find(staff, kioskId);
        k.setEnabled(false);
        kiosks.update(k);
        tokenValidator.invalidate();
        audit.append(k.getHotelId(), staff.actor(), "kiosk.disabled", "kiosk", k.getId().toString(), "");
        return view(k, hotels.findById(k.getHotelId()).orElseThrow());
    }

    private Kiosk find(StaffPrincipal staff, long kioskId) {
        ApiProblem notFound = ApiProblem.notFound("kiosk-not-found", "No kiosk " + kioskId);
        Kiosk k = kiosks.findById(kioskId).orElseThrow(() -> notFound);
        scope.owning(staff, k.getHotelId(), notFound);
        return k;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KioskView view(Kiosk k, Hotel hotel) {
        return new KioskView(k.getId(), hotel.getCode(), k.getCode(), k.getName(), Boolean.TRUE.equals(k.getEnabled()),
                k.getLastHeartbeatAt(), k.getDeviceStatus());
    }
}
