-- The company registry (company feature) now exists: bookings refer to a registered company.
alter table pf_booking
    add constraint pf_booking_company_fk foreign key (company_id) references company (id);
