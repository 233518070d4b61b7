-- A program may require a smart-factory level confirmed by a mentor or an official (수준확인), not only declared.
alter table program add column requires_confirmed_level boolean not null default false;
