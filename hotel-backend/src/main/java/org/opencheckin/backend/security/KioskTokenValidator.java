package org.opencheckin.backend.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opencheckin.backend.model.Kiosk;
import org.opencheckin.backend.repository.KioskRepository;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates a kiosk's opaque bearer token (anything that is not a JWT) by the SHA-256 of
 * the token. Lookups are cached for {@link #CACHE_NANOS}; call {@link #invalidate()} after a
 * kiosk is disabled or its token rotated. The database is read off the event loop.
 */
@Singleton
public class KioskTokenValidator implements TokenValidator<HttpRequest<?>> {
    static final long CACHE_NANOS = 30_000_000_000L;

    private record Cached(Optional<Kiosk> kiosk, long loadedAt) {
    }

    private final KioskRepository kiosks;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public KioskTokenValidator(KioskRepository kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || token.isEmpty() || token.length() > 256 || token.chars().filter(c -> c == '.').count() == 2) {
            return Mono.empty(); // a JWT (staff or integration): another validator's job
        }
        String hash = PasswordHasher.sha256Hex(token);
        Cached cached = cache.get(hash);
        if (cached != null && System.nanoTime() - cached.loadedAt() < CACHE_NANOS) {
            return Mono.justOrEmpty(cached.kiosk().map(KioskTokenValidator::authentication));
        }
        return Mono.fromCallable(() -> {
                    Optional<Kiosk> kiosk = kiosks.findByTokenHash(hash).filter(Kiosk::getEnabled);
                    if (cache.size() > 10_000) {
                        cache.clear();
                    }
                    cache.put(hash, new Cached(kiosk, System.nanoTime()));
                    return kiosk;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(KioskTokenValidator::authentication);
    }

    private static Authentication authentication(Kiosk k) {
        return Authentication.build("kiosk:" + k.getCode(), List.of(KioskPrincipal.ROLE),
                Map.of(KioskPrincipal.ATTR_KIOSK_ID, k.getId(), KioskPrincipal.ATTR_KIOSK_CODE, k.getCode(),
                        KioskPrincipal.ATTR_HOTEL_ID, k.getHotelId()));
    }

    public void invalidate() {
        cache.clear();
    }
}
