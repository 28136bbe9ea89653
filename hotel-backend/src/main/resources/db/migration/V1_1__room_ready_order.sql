-- RoomRepository.findReady reads "ready rooms of a type, by floor and number, first 50". With
-- the old (hotel_id, room_type_id, status) index it read every clean room of the type and sorted
-- them (about 1000 index reads per check-in in the benchmark); with the order columns in the
-- index it stops after the rows it returns.
CREATE INDEX ix_room_ready_order ON room (hotel_id, room_type_id, status, floor_number, room_number);
DROP INDEX ix_room_ready ON room;
