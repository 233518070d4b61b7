-- The language the registrant chose in the portal when registering ('ko' or 'en'): every later mail and notice about
-- the registration (promotion, cancellation, certificate, survey) is written in it. Not personal data; it stays
-- after the retention purge like the other statistics columns. Null (older rows, demo data) means Korean.
alter table seminar_registration add column language varchar(8);
