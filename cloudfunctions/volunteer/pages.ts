// The app pages this function's messages and links lead to (the same paths as src/lib/routes.ts).
export const RECORDS_PAGE = '/subpackages/volunteer/records/index';
export const POST_PAGE = '/subpackages/volunteer/post/index';
export const CERTIFICATE_PAGE = '/subpackages/volunteer/certificate/index';
export const VERIFY_PAGE = '/subpackages/volunteer/verify/index';
