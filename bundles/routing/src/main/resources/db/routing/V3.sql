-- Call park, its orbits and pickup (admin guide §7.2 Call Functions, §29) are call applications' numbers like any
-- other: 700 (*700) parks a call transferred there, an orbit (701-709, 4950-4999; behind '*' in Extension mode) is
-- given to call-park-retrieve as dialed, 7 (*7) + an existing extension picks up the call ringing there.
INSERT INTO rt_application_number VALUES ('call-functions:00:none', 'CALL_FUNCTIONS', '00', 'NONE', 'call-park', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES ('call-functions:0:parking-orbit', 'CALL_FUNCTIONS', '0', 'PARKING_ORBIT', 'call-park-retrieve', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES ('pbx-functions:9:parking-orbit', 'PBX_FUNCTIONS', '9', 'PARKING_ORBIT', 'call-park-retrieve', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES ('call-functions::extension', 'CALL_FUNCTIONS', '', 'EXTENSION', 'call-pickup', NULL, 'UNAVAILABLE');
