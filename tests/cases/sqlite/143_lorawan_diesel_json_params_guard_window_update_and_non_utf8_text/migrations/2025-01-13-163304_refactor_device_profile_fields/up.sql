-- class and relay settings move into JSON columns, the flat columns go
alter table device_profile add column abp_params text null;
alter table device_profile add column class_b_params text null;
alter table device_profile add column class_c_params text null;
alter table device_profile add column relay_params text null;

update device_profile
  set abp_params = json_object('rx1_delay', abp_rx1_delay, 'rx2_freq', abp_rx2_freq)
  where supports_otaa = false;

update device_profile
  set class_b_params = json_object('timeout', class_b_timeout, 'ping_slot_nb_k', class_b_ping_slot_nb_k)
  where supports_class_b = true;

update device_profile
  set class_c_params = json_object('timeout', class_c_timeout)
  where supports_class_c = true;

update device_profile
  set relay_params = json_object('is_relay', is_relay, 'relay_enabled', relay_enabled, 'relay_cad_periodicity', relay_cad_periodicity)
  where is_relay = true or relay_enabled is true;

alter table device_profile drop column abp_rx1_delay;
alter table device_profile drop column abp_rx2_freq;
alter table device_profile drop column class_b_timeout;
alter table device_profile drop column class_b_ping_slot_nb_k;
alter table device_profile drop column class_c_timeout;
alter table device_profile drop column is_relay;
alter table device_profile drop column relay_enabled;
alter table device_profile drop column relay_cad_periodicity;

-- dev nonces become a JSON map (the stored bytes are not all valid UTF-8)
update device_keys set dev_nonces = '{}';
