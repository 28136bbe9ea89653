package org.opencheckin.backend.service;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.RoomTypeRepository;

/**
 * Hotels and room types, read on almost every kiosk call and changed rarely: cached for
 * {@link #TTL_NANOS} per instance. Whoever changes a hotel's policy or a room type calls
 * {@link #invalidate()} (other instances see the change within the TTL).
 */
@Singleton
public class HotelCatalog {
    static final long TTL_NANOS = 30_000_000_000L;

    private record Entry<T>(T value, long loadedAt) {
    }

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final Map<Long, Entry<Hotel>> hotelCache = new ConcurrentHashMap<>();
    private final Map<Long, Entry<RoomType>> typeCache = new ConcurrentHashMap<>();

    public HotelCatalog(HotelRepository hotels, RoomTypeRepository roomTypes) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
    }

    public Hotel hotel(long id) {
        return cached(hotelCache, id, k -> hotels.findById(k).orElseThrow(
                () -> ApiProblem.notFound("hotel-not-found", "No hotel " + k)));
    }

    public RoomType roomType(long id) {
        return cached(typeCache, id, k -> roomTypes.findById(k).orElseThrow(
                () -> ApiProblem.notFound("room-type-not-found", "No room type " + k)));
    }

    private static <T> T cached(Map<Long, Entry<T>> cache, long id, Function<Long, T> load) {
        Entry<T> e = cache.get(id);
        long now = System.nanoTime();
        if (e == null || now - e.loadedAt() > TTL_NANOS) {
            e = new Entry<>(load.apply(id), now);
            cache.put(id, e);
        }
        return e.value();
    }

    public void invalidate() {
        hotelCache.clear();
        typeCache.clear();
    }
}
