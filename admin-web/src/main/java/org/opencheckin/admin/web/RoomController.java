package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencheckin.admin.backend.StaffApi.Room;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;

/** The rooms board, floor by floor; staff set a free room clean, dirty or out of order. */
@Controller("/rooms")
@ExecuteOn(TaskExecutors.BLOCKING)
class RoomController {
    /** The statuses staff may set (OCCUPIED only comes from a check-in). */
    static final List<String> SETTABLE = List.of("VACANT_CLEAN", "VACANT_DIRTY", "OUT_OF_ORDER");
    static final List<String> ALL = List.of("VACANT_CLEAN", "VACANT_DIRTY", "OCCUPIED", "OUT_OF_ORDER");

    private final StaffApiClient backend;

    RoomController(StaffApiClient backend) {
        this.backend = backend;
    }

    @Get
    ModelAndView<Map<String, Object>> board(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                                            @Nullable @QueryValue String status) {
        String filter = status != null && ALL.contains(status) ? status : null;
        Map<Integer, List<Room>> floors = backend.rooms(me.jwt(), filter).stream()
                .collect(Collectors.groupingBy(Room::floor, TreeMap::new, Collectors.toList()));
        return Pages.view("rooms/board", me, "floors", floors, "filter", filter, "statuses", ALL, "settable", SETTABLE);
    }

    @Post(value = "/{roomId}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setStatus(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me, long roomId,
                              @Nullable String csrf, @Nullable String status, @Nullable String roomNumber) {
        Pages.requireCsrf(me, csrf);
        Pages.act(me, () -> backend.setRoomStatus(me.jwt(), roomId, status), "rooms.statusChanged",
                roomNumber == null ? roomId : roomNumber, status);
        return Pages.redirect("/rooms");
    }
}
