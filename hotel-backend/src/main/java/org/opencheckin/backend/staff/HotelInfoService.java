package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.repository.RoomTypeRepository;
import org.opencheckin.backend.staff.StaffDtos.HotelView;
import org.opencheckin.backend.staff.StaffDtos.RoomTypeView;

/** What a front-desk UI needs to know of its hotel before it offers a form: time zone, today, room types. */
@Singleton
public class HotelInfoService {
    private final StaffScope scope;
    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;

    public HotelInfoService(StaffScope scope, RoomTypeRepository roomTypes, RoomRepository rooms) {
        this.scope = scope;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
    }

    @Transactional(readOnly = true)
    public HotelView hotel(StaffPrincipal staff, @Nullable String hotelCode) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        ZoneId zone = ZoneId.of(hotel.getTimeZone());
        Map<Long, Long> roomsByType = rooms.findByHotelIdOrderByRoomNumber(hotel.getId()).stream()
                .collect(Collectors.groupingBy(Room::getRoomTypeId, Collectors.counting()));
        List<RoomTypeView> types = roomTypes.findByHotelId(hotel.getId()).stream()
                .sorted(Comparator.comparing(t -> t.getCode()))
                .map(t -> new RoomTypeView(t.getCode(), t.getName(), t.getMaxAdults(), roomsByType.getOrDefault(t.getId(), 0L)))
                .toList();
        return new HotelView(hotel.getCode(), hotel.getName(), zone.getId(), LocalDate.now(zone),
                LocalTime.MIN.plusMinutes(hotel.getCheckOutMinute()).toString(), types);
    }
}
