-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CITY', 'JOBCENTER', 'EMPLOYER_NETWORK', 'LAND');

-- CreateEnum
CREATE TYPE "ProjectModel" AS ENUM ('WORK_OPPORTUNITY_TO_JOB', 'SUBSIDISED_JOBS', 'INTENSIVE_PLACEMENT', 'JOB_CREATION', 'PROCUREMENT');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('PROFILING', 'WORK_OPPORTUNITY', 'QUALIFICATION', 'SUBSIDISED_JOB', 'REGULAR_JOB', 'AFTERCARE', 'EXIT');

-- CreateEnum
CREATE TYPE "FundingSourceKind" AS ENUM ('JOBCENTER', 'MUNICIPALITY', 'JOBCENTER_AND_MUNICIPALITY', 'LAND', 'ESF', 'LAND_AND_ESF', 'FEDERAL', 'EMPLOYERS', 'OTHER');

-- CreateEnum
CREATE TYPE "EmployerKind" AS ENUM ('PRIVATE_FIRM', 'MUNICIPAL_COMPANY', 'WELFARE_ORGANISATION', 'SOCIAL_ENTERPRISE');

-- CreateEnum
CREATE TYPE "SubsidyInstrument" AS ENUM ('PARA_16D', 'PARA_16E', 'PARA_16I', 'NONE');

-- CreateEnum
CREATE TYPE "AcquisitionStage" AS ENUM ('FIRST_CONTACT', 'IN_TALKS', 'COMMITTED', 'FILLED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'DIVERSE');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8');

-- CreateEnum
CREATE TYPE "ExitReason" AS ENUM ('REGULAR_JOB', 'SUBSIDISED_JOB_ENDED', 'COMPLETED', 'DROPPED_OUT', 'ILLNESS', 'MOVED', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('IN_PERSON', 'PHONE', 'EMAIL', 'HOME_VISIT', 'AT_EMPLOYER');

-- CreateEnum
CREATE TYPE "SupportServiceKind" AS ENUM ('DEBT_COUNSELLING', 'ADDICTION_COUNSELLING', 'PSYCHOSOCIAL_COUNSELLING', 'CHILDCARE', 'LANGUAGE_COURSE', 'DRIVING_LICENCE', 'HEALTH', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportServiceStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TenderKind" AS ENUM ('WORKS', 'SERVICES', 'SUPPLIES');

-- CreateEnum
CREATE TYPE "SocialClauseType" AS ENUM ('PERFORMANCE_CONDITION', 'AWARD_CRITERION', 'RESERVED_CONTRACT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "city" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "operatorId" UUID NOT NULL,
    "model" "ProjectModel" NOT NULL,
    "description" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "targetParticipants" INTEGER,
    "targetPositions" INTEGER,
    "targetPlacements" INTEGER,
    "caseloadRatio" INTEGER,
    "contactsPerMonth" INTEGER,
    "aftercareMonths" INTEGER,
    "budgetCents" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseTransition" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fromKind" "PhaseKind",
    "toKind" "PhaseKind" NOT NULL,

    CONSTRAINT "PhaseTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingSource" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "FundingSourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingAmount" (
    "id" UUID NOT NULL,
    "fundingSourceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "plannedCents" BIGINT NOT NULL,
    "actualCents" BIGINT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EmployerKind" NOT NULL,
    "city" TEXT NOT NULL,
    "district" TEXT,
    "occupationalFields" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "occupationalField" TEXT NOT NULL,
    "fullTime" BOOLEAN NOT NULL DEFAULT true,
    "hoursPerWeek" DECIMAL(4,1),
    "instrument" "SubsidyInstrument" NOT NULL,
    "hourlyWageCents" INTEGER,
    "collectiveAgreement" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobCoach" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "projectId" UUID,
    "employerId" UUID,
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "JobCoach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerAcquisition" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "stage" "AcquisitionStage" NOT NULL,
    "positionsCommitted" INTEGER NOT NULL DEFAULT 0,
    "firstContactAt" DATE NOT NULL,
    "note" TEXT,
    "acquiredById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EmployerAcquisition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "unemployedSince" DATE,
    "deletionDueAt" DATE,
    "identityDeletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantIdentity" (
    "participantId" UUID NOT NULL,
    "customerNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ParticipantIdentity_pkey" PRIMARY KEY ("participantId")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "caseworkerId" UUID,
    "jobCoachId" UUID,
    "enrolledAt" DATE NOT NULL,
    "exitedAt" DATE,
    "exitReason" "ExitReason",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "employerId" UUID,
    "positionId" UUID,
    "hoursPerWeek" DECIMAL(4,1),
    "monthlyWageCents" INTEGER,
    "instrument" "SubsidyInstrument",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "byUserId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportService" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "kind" "SupportServiceKind" NOT NULL,
    "status" "SupportServiceStatus" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "provider" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SupportService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "monthsAfter" INTEGER NOT NULL,
    "dueAt" DATE NOT NULL,
    "completedAt" DATE,
    "stillEmployed" BOOLEAN,
    "needsCovering" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tender" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "projectId" UUID,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "orderingDepartment" TEXT NOT NULL,
    "kind" "TenderKind" NOT NULL,
    "estimatedValueCents" BIGINT NOT NULL,
    "publishedAt" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuitabilityCheck" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "suitable" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "checkedById" UUID,
    "checkedAt" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SuitabilityCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialClause" (
    "id" UUID NOT NULL,
    "tenderId" UUID NOT NULL,
    "type" "SocialClauseType" NOT NULL,
    "committedHires" INTEGER NOT NULL DEFAULT 0,
    "committedHours" INTEGER,
    "protectsExistingStaff" BOOLEAN NOT NULL DEFAULT false,
    "contractor" TEXT,
    "termStart" DATE,
    "termEnd" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SocialClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveredHire" (
    "id" UUID NOT NULL,
    "socialClauseId" UUID NOT NULL,
    "enrolmentId" UUID,
    "hiredAt" DATE NOT NULL,
    "stillEmployed6m" BOOLEAN,
    "stillEmployed12m" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DeliveredHire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringVisit" (
    "id" UUID NOT NULL,
    "socialClauseId" UUID NOT NULL,
    "visitedAt" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "deviation" BOOLEAN NOT NULL DEFAULT false,
    "sanction" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MonitoringVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinimumWage" (
    "validFrom" DATE NOT NULL,
    "hourlyCents" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MinimumWage_pkey" PRIMARY KEY ("validFrom")
);

-- CreateTable
CREATE TABLE "BenefitRate" (
    "validFrom" DATE NOT NULL,
    "standardRateCents" INTEGER NOT NULL,
    "housingCostsCents" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BenefitRate_pkey" PRIMARY KEY ("validFrom")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "organisationId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_role_idx" ON "User"("organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Project_shortName_key" ON "Project"("shortName");

-- CreateIndex
CREATE INDEX "Project_operatorId_idx" ON "Project"("operatorId");

-- CreateIndex
CREATE INDEX "Project_city_idx" ON "Project"("city");

-- CreateIndex
CREATE UNIQUE INDEX "PhaseTransition_projectId_fromKind_toKind_key" ON "PhaseTransition"("projectId", "fromKind", "toKind");

-- CreateIndex
CREATE INDEX "FundingSource_projectId_idx" ON "FundingSource"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingAmount_fundingSourceId_year_key" ON "FundingAmount"("fundingSourceId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_organisationId_name_key" ON "Employer"("organisationId", "name");

-- CreateIndex
CREATE INDEX "Position_projectId_employerId_idx" ON "Position"("projectId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "JobCoach_userId_key" ON "JobCoach"("userId");

-- CreateIndex
CREATE INDEX "JobCoach_projectId_idx" ON "JobCoach"("projectId");

-- CreateIndex
CREATE INDEX "EmployerAcquisition_projectId_stage_idx" ON "EmployerAcquisition"("projectId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_pseudonym_key" ON "Participant"("pseudonym");

-- CreateIndex
CREATE INDEX "Participant_organisationId_idx" ON "Participant"("organisationId");

-- CreateIndex
CREATE INDEX "Participant_deletionDueAt_idx" ON "Participant"("deletionDueAt");

-- CreateIndex
CREATE INDEX "ParticipantIdentity_customerNumber_idx" ON "ParticipantIdentity"("customerNumber");

-- CreateIndex
CREATE INDEX "ParticipantIdentity_lastName_firstName_birthDate_idx" ON "ParticipantIdentity"("lastName", "firstName", "birthDate");

-- CreateIndex
CREATE INDEX "Enrolment_projectId_enrolledAt_idx" ON "Enrolment"("projectId", "enrolledAt");

-- CreateIndex
CREATE INDEX "Enrolment_caseworkerId_idx" ON "Enrolment"("caseworkerId");

-- CreateIndex
CREATE INDEX "Enrolment_jobCoachId_idx" ON "Enrolment"("jobCoachId");

-- CreateIndex
CREATE INDEX "Enrolment_participantId_idx" ON "Enrolment"("participantId");

-- CreateIndex
CREATE INDEX "Phase_enrolmentId_startDate_idx" ON "Phase"("enrolmentId", "startDate");

-- CreateIndex
CREATE INDEX "Phase_kind_startDate_idx" ON "Phase"("kind", "startDate");

-- CreateIndex
CREATE INDEX "Phase_positionId_idx" ON "Phase"("positionId");

-- CreateIndex
CREATE INDEX "Contact_enrolmentId_occurredAt_idx" ON "Contact"("enrolmentId", "occurredAt");

-- CreateIndex
CREATE INDEX "SupportService_enrolmentId_idx" ON "SupportService"("enrolmentId");

-- CreateIndex
CREATE INDEX "FollowUp_dueAt_idx" ON "FollowUp"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_enrolmentId_monthsAfter_key" ON "FollowUp"("enrolmentId", "monthsAfter");

-- CreateIndex
CREATE INDEX "Tender_projectId_idx" ON "Tender"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Tender_organisationId_reference_key" ON "Tender"("organisationId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "SuitabilityCheck_tenderId_key" ON "SuitabilityCheck"("tenderId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialClause_tenderId_key" ON "SocialClause"("tenderId");

-- CreateIndex
CREATE INDEX "DeliveredHire_socialClauseId_idx" ON "DeliveredHire"("socialClauseId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseTransition" ADD CONSTRAINT "PhaseTransition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingSource" ADD CONSTRAINT "FundingSource_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingAmount" ADD CONSTRAINT "FundingAmount_fundingSourceId_fkey" FOREIGN KEY ("fundingSourceId") REFERENCES "FundingSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobCoach" ADD CONSTRAINT "JobCoach_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobCoach" ADD CONSTRAINT "JobCoach_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobCoach" ADD CONSTRAINT "JobCoach_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobCoach" ADD CONSTRAINT "JobCoach_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAcquisition" ADD CONSTRAINT "EmployerAcquisition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAcquisition" ADD CONSTRAINT "EmployerAcquisition_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAcquisition" ADD CONSTRAINT "EmployerAcquisition_acquiredById_fkey" FOREIGN KEY ("acquiredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantIdentity" ADD CONSTRAINT "ParticipantIdentity_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_caseworkerId_fkey" FOREIGN KEY ("caseworkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_jobCoachId_fkey" FOREIGN KEY ("jobCoachId") REFERENCES "JobCoach"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportService" ADD CONSTRAINT "SupportService_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuitabilityCheck" ADD CONSTRAINT "SuitabilityCheck_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuitabilityCheck" ADD CONSTRAINT "SuitabilityCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialClause" ADD CONSTRAINT "SocialClause_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveredHire" ADD CONSTRAINT "DeliveredHire_socialClauseId_fkey" FOREIGN KEY ("socialClauseId") REFERENCES "SocialClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveredHire" ADD CONSTRAINT "DeliveredHire_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringVisit" ADD CONSTRAINT "MonitoringVisit_socialClauseId_fkey" FOREIGN KEY ("socialClauseId") REFERENCES "SocialClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;
