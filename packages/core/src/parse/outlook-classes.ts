/**
 * Outlook items and folders that are not mail, by their MAPI class: a message's PR_MESSAGE_CLASS
 * (`IPM.Note` for mail) and a folder's PR_CONTAINER_CLASS (`IPF.Note` for a mail folder). A class
 * names what it lists or one of its sub-classes (`IPF.Appointment.Birthday`); case is ignored.
 * Used by the readers of `.msg` files and Outlook data files, so that a contact, an appointment or
 * a task is not judged as a mail without a sender.
 */

const NOT_MAIL_ITEMS = [
  'ipm.contact',
  'ipm.distlist',
  'ipm.appointment',
  'ipm.task',
  'ipm.stickynote',
  'ipm.activity',
  'ipm.document',
  'ipm.post.rss',
  'ipm.note.microsoft.conversation',
  'ipm.configuration',
  'ipm.microsoft',
];

const NOT_MAIL_FOLDERS = ['ipf.appointment', 'ipf.contact', 'ipf.task', 'ipf.stickynote', 'ipf.journal', 'ipf.configuration'];

function isOf(value: string, classes: readonly string[]): boolean {
  const c = value.trim().toLowerCase();
  return classes.some((p) => c === p || c.startsWith(`${p}.`));
}

/**
 * Whether an item of this message class is something other than mail: a contact or distribution
 * list, an appointment, a task, a note, a journal entry, a document, an RSS item, an
 * instant-messaging conversation kept by Skype for Business, or Outlook's own settings. Mail,
 * meeting requests and responses (`IPM.Schedule.Meeting.*`), task requests, posts, reports
 * (non-delivery reports, receipts) and classes not known here are mail.
 */
export function isNotMailClass(messageClass: string): boolean {
  return isOf(messageClass, NOT_MAIL_ITEMS);
}

/** Whether a folder of this container class holds something other than mail: calendar, contacts, tasks, notes, journal, settings. */
export function isNotMailFolder(containerClass: string): boolean {
  return isOf(containerClass, NOT_MAIL_FOLDERS);
}
