package org.opencheckin.backend.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.StaffUser;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.StaffUserRepository;

/**
 * Which hotels a member of staff may see: its own hotel, or every hotel of its chain when the
 * user has none. A hotel named in the request outside that scope is 403; a resource addressed
 * by id outside that scope is 404, exactly as if it did not exist. A user disabled (or removed)
 * after signing in is refused with 401 within {@code opencheckin.auth.staff-check-cache} (30 s),
 * without waiting for the JWT to expire.
 */
@Singleton
public class StaffScope {
    private final HotelRepository hotels;
    private final StaffDirectoryQueries directory;
    private final StaffUserRepository users;
    private final long cacheNanos;
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(boolean active, long at) {
    }

    public StaffScope(HotelRepository hotels, StaffDirectoryQueries directory, StaffUserRepository users,
                      @Value("${opencheckin.auth.staff-check-cache:30s}") Duration cache) {
        this.hotels = hotels;
        this.directory = directory;
        this.users = users;
        this.cacheNanos = cache.toNanos();
    }

    /** 401 when the user behind a still valid token was disabled or removed since signing in. */
    public void requireActive(StaffPrincipal staff) {
        Checked c = checked.get(staff.userId());
        if (c == null || System.nanoTime() - c.at() >= cacheNanos) {
            boolean active = users.findById(staff.userId()).map(StaffUser::getEnabled).orElse(false);
            if (checked.size() > 10_000) {
                checked.clear();
            }
            c = new Checked(active, System.nanoTime());
            checked.put(staff.userId(), c);
        }
        if (!c.active()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "staff-user-disabled", "This user is disabled; sign in again");
        }
    }

    /** The hotel a list or create request acts on: {@code ?hotel=CODE}, else the user's only hotel. */
    public Hotel hotel(StaffPrincipal staff, @Nullable String hotelCode) {
        requireActive(staff);
        if (hotelCode == null || hotelCode.isBlank()) {
            if (staff.hotelId() != null) {
                return hotels.findById(staff.hotelId()).orElseThrow();
            }
            List<Hotel> chain = directory.findByChainIdOrderByCode(staff.chainId());
            if (chain.size() == 1) {
                return chain.get(0);
            }
            throw ApiProblem.badRequest("hotel-required", "hotel", "name the hotel (?hotel=CODE): this user works for "
                    + chain.size() + " hotels");
        }
        Hotel hotel = hotelCode.length() > 32 ? null : hotels.findByCode(hotelCode).orElse(null);
        if (hotel == null) {
            throw ApiProblem.notFound("hotel-not-found", "No hotel with this code");
        }
        if (!mayAccess(staff, hotel)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "hotel-not-in-scope", "This user does not work for hotel " + hotel.getCode());
        }
        return hotel;
    }

    public boolean mayAccess(StaffPrincipal staff, Hotel hotel) {
        return staff.hotelId() != null ? staff.hotelId().equals(hotel.getId()) : staff.chainId() == hotel.getChainId();
    }

    /** The hotel of a resource found by id, or the given not-found problem when it is out of scope. */
    public Hotel owning(StaffPrincipal staff, long hotelId, ApiProblem notFound) {
        requireActive(staff);
        Hotel hotel = hotels.findById(hotelId).orElseThrow(() -> notFound);
        if (!mayAccess(staff, hotel)) {
            throw notFound;
        }
        return hotel;
    }
}
