package org.opencheckin.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The end-to-end test's own MariaDB database {@value #NAME}: dropped and created empty before each run (the
 * backend's Flyway then creates the schema and the demo profile loads hotel DEMO), plus the few reads and the
 * one write the test needs beside the backend's APIs.
 */
final class E2eDatabase {

    static final String NAME = "opencheckin_e2e";
    static final String USER = "opencheckin";
    static final String PASSWORD = "opencheckin";
    private static final String SERVER = "jdbc:mysql://" + Prerequisites.DB_HOST + ":" + Prerequisites.DB_PORT + "/";
    private static final String OPTIONS = "?useUnicode=true&characterEncoding=UTF-8&permitMysqlScheme=true";

    private E2eDatabase() {
    }

    /** The JDBC URL the backend is given. */
    static String url() {
        return SERVER + NAME + OPTIONS;
    }

    /** A previous run's check-ins would leave the demo reservations CHECKED_IN: start from nothing. */
    static void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME);
            s.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    record Hotel(long id, ZoneId zone) {
        LocalDate today() {
            return LocalDate.now(zone);
        }
    }

    static Hotel hotel(String code) throws SQLException {
        try (Connection c = connect();
             PreparedStatement q = c.prepareStatement("SELECT id, time_zone FROM hotel WHERE code = ?")) {
            q.setString(1, code);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("hotel " + code + " not loaded by the backend's demo profile");
                }
                return new Hotel(r.getLong(1), ZoneId.of(r.getString(2)));
            }
        }
    }

    /**
     * Books a stay arriving today the way a PMS does when it sends no document number: the backend then
     * matches the guest by the name on the document ({@code guest_name_key}, the name's words upper-cased
     * and sorted, as the backend's GuestNames computes it).
     */
    static void bookByName(Hotel hotel, String confirmationCode, String guestName, String nameKey, String roomType)
            throws SQLException {
        Instant now = Instant.now();
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO reservation (hotel_id, confirmation_code, external_id, guest_name, guest_name_key,"
                        + " arrival, departure, adults, room_type_id, status, created_at, updated_at)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, 1, id, 'BOOKED', ?, ? FROM room_type"
                        + " WHERE hotel_id = ? AND code = ?")) {
            insert.setLong(1, hotel.id());
            insert.setString(2, confirmationCode);
            insert.setString(3, "E2E-" + confirmationCode);
            insert.setString(4, guestName);
            insert.setString(5, nameKey);
            insert.setObject(6, hotel.today());
            insert.setObject(7, hotel.today().plusDays(2));
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setLong(10, hotel.id());
            insert.setString(11, roomType);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("room type " + roomType + " not found in hotel " + hotel.id());
            }
        }
    }

    /** The newest check-in session of the reservation with this code, if the kiosk got that far. */
    static Optional<String> checkinOf(String confirmationCode) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id FROM checkin_session s JOIN reservation r ON r.id = s.reservation_id"
                        + " WHERE r.confirmation_code = ? ORDER BY s.started_at DESC LIMIT 1")) {
            q.setString(1, confirmationCode);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
