-- The company registry is in place: applications and declared conflicts now refer to real companies.
alter table grant_application
    add constraint grant_application_company_fk foreign key (company_id) references company (id);
alter table review_conflict
    add constraint review_conflict_company_fk foreign key (company_id) references company (id);
