-- Search and sort keys for participant names (DIN 5007-2: ä → ae, ö → oe, ü → ue,
-- ß → ss; other Latin letters without accents; lower case; letters and digits
-- only), so "Müller", "mueller" and "MÜLLER-Lüdenscheidt" share a prefix.
-- Collated "C" and compared by range, so a prefix search and the sort by name use
-- one index whatever the database's locale. lib/participants/name-key.ts mirrors
-- the function for search terms; a test holds the two together.

-- The mapping is spelled out instead of lower() on non-ASCII letters, whose
-- result depends on the server's locale (PGlite runs in "C").
CREATE FUNCTION teilhabe_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
    lower(translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name,
        'ä', 'ae'), 'Ä', 'ae'), 'ö', 'oe'), 'Ö', 'oe'), 'ü', 'ue'), 'Ü', 'ue'), 'ß', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
      'áÁàÀâÂãÃåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚğĞíÍìÌîÎïÏīĪįĮıłŁľĽĺĹñÑńŃňŇóÓòÒôÔõÕøØōŌőŐŕŔřŘśŚšŠşŞșȘťŤţŢțȚúÚùÙûÛūŪůŮűŰųŲýÝÿŸźŹżŻžŽ',
      'aaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiillllllnnnnnnoooooooooooooorrrrssssssssttttttuuuuuuuuuuuuuuyyyyzzzzzz') COLLATE "C"),
    '[^a-z0-9]', '', 'g')
$$;

CREATE FUNCTION teilhabe_participant_identity_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."lastNameKey" := teilhabe_name_key(NEW."lastName");
  NEW."firstNameKey" := teilhabe_name_key(NEW."firstName");
  RETURN NEW;
END
$$;

-- AlterTable
ALTER TABLE "ParticipantIdentity" ADD COLUMN "firstNameKey" TEXT COLLATE "C" NOT NULL DEFAULT '',
ADD COLUMN "lastNameKey" TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE TRIGGER "ParticipantIdentity_name_keys"
BEFORE INSERT OR UPDATE OF "firstName", "lastName" ON "ParticipantIdentity"
FOR EACH ROW EXECUTE FUNCTION teilhabe_participant_identity_keys();

UPDATE "ParticipantIdentity" SET "lastNameKey" = teilhabe_name_key("lastName"), "firstNameKey" = teilhabe_name_key("firstName");

-- CreateIndex
CREATE INDEX "ParticipantIdentity_lastNameKey_firstNameKey_participantId_idx" ON "ParticipantIdentity"("lastNameKey", "firstNameKey", "participantId");

-- CreateIndex
CREATE INDEX "ParticipantIdentity_firstNameKey_idx" ON "ParticipantIdentity"("firstNameKey");

-- Customer numbers are upper-case letters and digits: in "C" their index serves
-- the prefix search by range, whatever the server's locale.
ALTER TABLE "ParticipantIdentity" ALTER COLUMN "customerNumber" TYPE TEXT COLLATE "C";
