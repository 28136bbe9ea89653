-- OpenCheckin hotel backend schema (issue 2, section 4).
-- One script for MySQL 8, MariaDB 10.11 (through Connector/J) and H2 in MySQL mode:
-- plain types only (no JSON columns, no ENUMs, no generated columns), DATETIME(3) in UTC,
-- every table that holds hotel data carries hotel_id so a chain can shard by hotel.

CREATE TABLE hotel_chain (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_hotel_chain_code UNIQUE (code)
);

CREATE TABLE hotel (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    chain_id               BIGINT       NOT NULL,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    check_out_minute       INT          NOT NULL,
    -- AES-GCM encrypted, Base64: the secret the key-card payload MAC is computed with.
    key_secret_enc         VARCHAR(255) NOT NULL,
    -- Face policy; NULL means the configured default (opencheckin.face.*).
    face_match_threshold   DOUBLE,
    face_review_threshold  DOUBLE,
    liveness_minimum       DOUBLE,
    max_keys_per_checkin   INT          NOT NULL,
    created_at             DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_hotel_code UNIQUE (code),
    CONSTRAINT fk_hotel_chain FOREIGN KEY (chain_id) REFERENCES hotel_chain (id)
);

CREATE TABLE room_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    hotel_id    BIGINT       NOT NULL,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    max_adults  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_room_type_code UNIQUE (hotel_id, code),
    CONSTRAINT fk_room_type_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);

CREATE TABLE room (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    hotel_id                BIGINT       NOT NULL,
    room_type_id            BIGINT       NOT NULL,
    room_number             VARCHAR(6)   NOT NULL,
    floor_number            INT          NOT NULL,
    features                VARCHAR(200) NOT NULL,
    -- VACANT_CLEAN, VACANT_DIRTY, OCCUPIED, OUT_OF_ORDER
    status                  VARCHAR(16)  NOT NULL,
    -- Raised by every "new" key issue; locks refuse cards with a lower sequence.
    key_sequence            BIGINT       NOT NULL,
    current_reservation_id  BIGINT,
    updated_at              DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_room_number UNIQUE (hotel_id, room_number),
    CONSTRAINT uq_room_current_reservation UNIQUE (current_reservation_id),
    CONSTRAINT fk_room_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id),
    CONSTRAINT fk_room_type FOREIGN KEY (room_type_id) REFERENCES room_type (id)
);
CREATE INDEX ix_room_ready ON room (hotel_id, room_type_id, status);

CREATE TABLE reservation (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    hotel_id              BIGINT       NOT NULL,
    confirmation_code     VARCHAR(32)  NOT NULL,
    external_id           VARCHAR(64),
    guest_name            VARCHAR(200) NOT NULL,
    -- Upper-case letters of the name, words sorted: "ANNA ERIKSSON MARIA".
    guest_name_key        VARCHAR(200) NOT NULL,
    document_type         VARCHAR(24),
    -- AES-GCM encrypted (Base64) and HMAC-SHA256 (hex) of the document number.
    document_number_enc   VARCHAR(255),
    document_number_hash  CHAR(64),
    guest_nationality     VARCHAR(3),
    guest_birth_date      DATE,
    arrival               DATE         NOT NULL,
    departure             DATE         NOT NULL,
    adults                INT          NOT NULL,
    room_type_id          BIGINT       NOT NULL,
    -- BOOKED, CHECKED_IN, CHECKED_OUT, CANCELLED, NO_SHOW
    status                VARCHAR(16)  NOT NULL,
    room_id               BIGINT,
    checked_in_at         DATETIME(3),
    checked_out_at        DATETIME(3),
    document_erased_at    DATETIME(3),
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reservation_code UNIQUE (hotel_id, confirmation_code),
    CONSTRAINT uq_reservation_external UNIQUE (hotel_id, external_id),
    CONSTRAINT fk_reservation_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id),
    CONSTRAINT fk_reservation_room_type FOREIGN KEY (room_type_id) REFERENCES room_type (id),
    CONSTRAINT fk_reservation_room FOREIGN KEY (room_id) REFERENCES room (id)
);
CREATE INDEX ix_reservation_arrival ON reservation (hotel_id, arrival, status);
CREATE INDEX ix_reservation_document ON reservation (hotel_id, document_number_hash);
CREATE INDEX ix_reservation_name ON reservation (hotel_id, guest_name_key);
CREATE INDEX ix_reservation_checkout ON reservation (status, checked_out_at);

CREATE TABLE kiosk (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    hotel_id           BIGINT       NOT NULL,
    code               VARCHAR(32)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    -- SHA-256 (hex) of the bearer token; the token itself is never stored.
    token_hash         CHAR(64)     NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    last_heartbeat_at  DATETIME(3),
    device_status      VARCHAR(4000),
    created_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_kiosk_code UNIQUE (hotel_id, code),
    CONSTRAINT uq_kiosk_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);

CREATE TABLE checkin_session (
    id                    VARCHAR(36)  NOT NULL,
    hotel_id              BIGINT       NOT NULL,
    kiosk_id              BIGINT,
    -- STARTED, DOCUMENT_VERIFIED, IDENTITY_VERIFIED, ROOM_ASSIGNED, KEYS_ISSUED, COMPLETED,
    -- ESCALATED, ABANDONED, EXPIRED, FAILED
    state                 VARCHAR(24)  NOT NULL,
    reservation_id        BIGINT,
    -- Comma-separated ids of the reservations the document or code lookup offered.
    candidate_ids         VARCHAR(400),
    room_id               BIGINT,
    document_type         VARCHAR(24),
    document_number_enc   VARCHAR(255),
    document_number_hash  CHAR(64),
    document_name_key     VARCHAR(200),
    document_expiry       DATE,
    guest_nationality     VARCHAR(3),
    guest_birth_date      DATE,
    identity_method       VARCHAR(8),
    face_score            DOUBLE,
    liveness_score        DOUBLE,
    face_model_id         VARCHAR(64),
    identity_decision     VARCHAR(8),
    escalation_reason     VARCHAR(500),
    keys_issued           INT          NOT NULL,
    started_at            DATETIME(3)  NOT NULL,
    document_verified_at  DATETIME(3),
    identity_verified_at  DATETIME(3),
    room_assigned_at      DATETIME(3),
    keys_issued_at        DATETIME(3),
    completed_at          DATETIME(3),
    escalated_at          DATETIME(3),
    abandoned_at          DATETIME(3),
    expired_at            DATETIME(3),
    failed_at             DATETIME(3),
    last_activity_at      DATETIME(3)  NOT NULL,
    expires_at            DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_checkin_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id),
    CONSTRAINT fk_checkin_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    CONSTRAINT fk_checkin_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id),
    CONSTRAINT fk_checkin_room FOREIGN KEY (room_id) REFERENCES room (id)
);
CREATE INDEX ix_checkin_expiry ON checkin_session (state, expires_at);
CREATE INDEX ix_checkin_hotel ON checkin_session (hotel_id, state);

CREATE TABLE key_card (
    -- The key serial written into the payload (docs/keycard-format.md, keySerial).
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    hotel_id        BIGINT       NOT NULL,
    checkin_id      VARCHAR(36),
    reservation_id  BIGINT,
    room_id         BIGINT       NOT NULL,
    key_sequence    BIGINT       NOT NULL,
    valid_from      DATETIME(3)  NOT NULL,
    valid_to        DATETIME(3)  NOT NULL,
    flags           INT          NOT NULL,
    -- ISSUED, DISPENSED, FAILED, REVOKED
    status          VARCHAR(12)  NOT NULL,
    payload         VARCHAR(64),
    failure_reason  VARCHAR(200),
    issued_at       DATETIME(3)  NOT NULL,
    dispensed_at    DATETIME(3),
    failed_at       DATETIME(3),
    revoked_at      DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_key_card_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id),
    CONSTRAINT fk_key_card_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_key_card_checkin FOREIGN KEY (checkin_id) REFERENCES checkin_session (id)
);
CREATE INDEX ix_key_card_room ON key_card (hotel_id, room_id, status);
CREATE INDEX ix_key_card_checkin ON key_card (checkin_id);

CREATE TABLE staff_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    chain_id       BIGINT       NOT NULL,
    -- NULL: the user works for every hotel of the chain.
    hotel_id       BIGINT,
    username       VARCHAR(64)  NOT NULL,
    -- PBKDF2-HMAC-SHA256: "pbkdf2-sha256$iterations$salt$hash" (Base64).
    password_hash  VARCHAR(200) NOT NULL,
    -- FRONT_DESK, MANAGER, ADMIN
    staff_role     VARCHAR(16)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_chain FOREIGN KEY (chain_id) REFERENCES hotel_chain (id),
    CONSTRAINT fk_staff_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);

CREATE TABLE integration_client (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    chain_id            BIGINT        NOT NULL,
    client_id           VARCHAR(64)   NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    secret_hash         VARCHAR(200)  NOT NULL,
    webhook_url         VARCHAR(1000),
    webhook_secret_enc  VARCHAR(255),
    enabled             BOOLEAN       NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_integration_client_id UNIQUE (client_id),
    CONSTRAINT fk_integration_chain FOREIGN KEY (chain_id) REFERENCES hotel_chain (id)
);

-- The hotels an integration client may act for.
CREATE TABLE integration_client_hotel (
    client_pk  BIGINT NOT NULL,
    hotel_id   BIGINT NOT NULL,
    PRIMARY KEY (client_pk, hotel_id),
    CONSTRAINT fk_ich_client FOREIGN KEY (client_pk) REFERENCES integration_client (id),
    CONSTRAINT fk_ich_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);

-- Tamper-evident audit trail. Requests only insert entries; the sealer (AuditTrail.seal) then
-- numbers each hotel's entries (chain_seq) and chains them:
-- entry_hash = SHA-256(prev_hash | chain_seq | fields), so no request waits on a per-hotel lock.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    hotel_id      BIGINT        NOT NULL,
    occurred_at   DATETIME(3)   NOT NULL,
    actor_type    VARCHAR(16)   NOT NULL,
    actor_id      VARCHAR(64)   NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    subject_type  VARCHAR(32)   NOT NULL,
    subject_id    VARCHAR(64)   NOT NULL,
    detail        VARCHAR(1000) NOT NULL,
    chain_seq     BIGINT,
    prev_hash     CHAR(64),
    entry_hash    CHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_chain UNIQUE (hotel_id, chain_seq),
    CONSTRAINT fk_audit_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);
CREATE INDEX ix_audit_hotel ON audit_event (hotel_id, id);

-- The end of each hotel's audit chain; the sealer locks it (SELECT ... FOR UPDATE).
CREATE TABLE audit_chain_head (
    hotel_id   BIGINT    NOT NULL,
    last_seq   BIGINT    NOT NULL,
    last_hash  CHAR(64)  NOT NULL,
    PRIMARY KEY (hotel_id),
    CONSTRAINT fk_audit_head_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);

-- Transactional outbox for webhooks (check-in completed, keys issued, check-out).
CREATE TABLE webhook_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    hotel_id         BIGINT        NOT NULL,
    client_pk        BIGINT        NOT NULL,
    event_id         VARCHAR(36)   NOT NULL,
    event_type       VARCHAR(64)   NOT NULL,
    payload          TEXT          NOT NULL,
    -- PENDING, DELIVERED, FAILED
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(500),
    created_at       DATETIME(3)   NOT NULL,
    delivered_at     DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uq_webhook_event UNIQUE (event_id, client_pk),
    CONSTRAINT fk_outbox_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id),
    CONSTRAINT fk_outbox_client FOREIGN KEY (client_pk) REFERENCES integration_client (id)
);
CREATE INDEX ix_outbox_due ON webhook_outbox (status, next_attempt_at);

-- Responses of requests that carried an Idempotency-Key, replayed for the same key.
CREATE TABLE idempotency_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    hotel_id         BIGINT        NOT NULL,
    scope            VARCHAR(80)   NOT NULL,
    idempotency_key  VARCHAR(128)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    response_status  INT           NOT NULL,
    response_body    TEXT          NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency UNIQUE (hotel_id, scope, idempotency_key),
    CONSTRAINT fk_idempotency_hotel FOREIGN KEY (hotel_id) REFERENCES hotel (id)
);
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
