-- Resource photos move out of the database into the portal's file storage (base.storage.FileStorage): the row keeps
-- the storage key and the type detected from the content. Photos stored as bytes before this version are moved by
-- the pilot-factory feature once at start-up (LegacyPhotoMove); until then they are still read from "content".
alter table pf_resource_photo add column storage_key varchar(32);
alter table pf_resource_photo alter column content drop not null;
alter table pf_resource_photo add constraint pf_resource_photo_stored_check
    check (storage_key is not null or content is not null);
