// 报名 / 排队等空位 / 申请抽签: one transaction that either takes a seat (a conditional UPDATE that never lets
// confirmed pass capacity), or takes the next waitlist number, or records a lottery application. A resent request
// (same requestId) is answered with the first answer; a second active enrolment is refused by a unique index.
import { signUpInput, type EventsApi, type EnrolmentStatus } from '../../../../contracts/events';
import { isUniqueViolation } from '../../../common/db-errors';
import {
  countApplicant,
  enrolFirstCome,
  enrolmentAudit,
  EVENT_PAGE,
  findActiveEnrolment,
  insertEnrolment,
  takeTermPlace,
  type NewEnrolment,
} from '../queries/events';
import { notify } from '../../../data/messages';
import { firstComeSentences, judgeSignUp, shortTitle, signUpSentence, SIGN_UP_CALLED_OFF } from '../rules/events';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadEventForSignUp, participant } from '../access';

const ALREADY = '已经报过名了，不用再报。可以在“我的活动”里查看。';

/** The organiser called the event off after this sign-up read it: the seat step checks the event row itself. */
const calledOff = () => new AppError('EVENT_CANCELLED', SIGN_UP_CALLED_OFF);

export const signUp = action(
  {
    access: 'person',
    input: signUpInput,
    // A person may sign up for several events and family members; a finger resting on the button is not a rush.
    limit: { points: 60, seconds: 60 },
  },
  async function signUp({ eventId, forPersonId }, ctx): Promise<EventsApi['signUp']['output']> {
    const { deps, caller } = ctx;
    const event = await loadEventForSignUp(deps, eventId);
    const who = await participant(deps, caller, forPersonId);
    const now = deps.now();
    const verdict = judgeSignUp(
      {
        now,
        opensAt: event.signup_opens_at,
        closesAt: event.signup_closes_at,
        cancelled: event.cancelled_at !== null,
        drawn: event.drawn_at !== null,
        audiencePath: event.audience_path,
        personPath: who.profile.orgUnit.path,
      },
      who.onBehalf,
    );
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
    const personId = who.profile.person.id;
    const forName = who.onBehalf ? who.profile.person.name : null;
    // The unique index refuses a second active enrolment inside the transaction, which then leaves nothing behind,
    // so no read is needed first; except for a course with a term cap, whose check comes first and would otherwise
    // tell a person who already signed up that their term is full.
    if (event.term_cap !== null && (await findActiveEnrolment(deps.database.db, event.id, personId)))
      throw new AppError('ALREADY_SIGNED_UP', ALREADY);

    const at = now.toISOString();
    try {
      return await ctx.transaction(async (trx, audit, finish) => {
        if (
          event.term !== null &&
          event.term_cap !== null &&
          !(await takeTermPlace(trx, personId, event.term, event.term_cap))
        ) {
          throw new AppError(
            'TERM_CAP_REACHED',
            `这个学期每人最多报 ${event.term_cap} 门课，${forName ? `${forName}` : '您'}已经报满了。`,
          );
        }
        // Someone else pressed 报名: the member is told who, so nothing is done in their name unseen. Written before
        // the seat is taken, which on PostgreSQL is the transaction's final step.
        if (who.onBehalf) {
          await notify(
            trx,
            personId,
            {
              kind: 'event_signed_up',
              text: `${caller.person.name.slice(0, 8)}已为您报名“${shortTitle(event.title)}”。`,
              link: { page: EVENT_PAGE, params: { id: String(event.id) } },
            },
            now,
          );
        }
        const enrolment: NewEnrolment = {
          eventId: event.id,
          personId,
          signedUpBy: caller.person.id,
          at,
          term: event.term_cap !== null ? event.term : null,
        };
        let row: { status: EnrolmentStatus; place?: number };
        if (event.mode === 'lottery') {
          if (!(await countApplicant(trx, event.id, at))) throw calledOff();
          const { id } = await insertEnrolment(trx, enrolment, 'applied', null);
          await audit(enrolmentAudit(enrolment, id, 'applied', null));
          row = { status: 'applied' };
        } else {
          const said = firstComeSentences(event.title, forName, event.confirm_hours);
          const enrolled = await enrolFirstCome(trx, enrolment, { audit, finish }, said);
          if (!enrolled) throw calledOff();
          row = enrolled;
        }
        const { status, place } = row;
        return {
          status,
          ...(place !== undefined ? { place } : {}),
          message: signUpSentence(event.title, status, place, event.mode, forName, event.confirm_hours),
        };
      });
    } catch (err) {
      // Two taps racing: the unique index let one row in; the other is told it is already done.
      if (isUniqueViolation(err)) throw new AppError('ALREADY_SIGNED_UP', ALREADY);
      throw err;
    }
  },
);
