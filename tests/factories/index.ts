export { createOrganisation } from './organisation';
export { createUser } from './user';
export { createProject, createFundingSource, DEFAULT_TRANSITIONS, type TransitionEdge } from './project';
export { createEmployer, createPosition, createJobCoach } from './employer';
export { createParticipant } from './participant';
export { createEnrolment } from './enrolment';
export { createTender } from './tender';
export { uniqueSuffix, unusablePasswordHash } from './unique';
