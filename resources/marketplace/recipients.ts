// Recipients: the sellers of a marketplace, created with or without onboardings, listed a page at a time
// (filtered by national entity and country), changed field by field, deleted with their onboardings
// (resources/marketplace/recipients-store.ts).
import { defineResource } from '../kit.js';
import { recipientBody } from './bodies.js';
import { Recipients } from './recipients-store.js';

export const recipients = defineResource({
  name: 'recipient',
  schema: 'Recipient',
  id: ['id'],
  // merchant_recipient_id is one of the fields an update may change (update-recipient-1.json).
  stable: ['/id', '/account_id', '/created_at'],
  store: (w) => new Recipients(w.clock),
  operations: {
    createRecipient: {
      serve: (s, r) => s.createRecipient(r.body),
      relation: 'creates',
      request: (d) => ({ body: recipientBody(d.make) }),
      // The create examples answer other people than their requests; what is sent comes back (documents stored
      // under a reference, onboardings with their id and status added).
      echo: [
        '/account_id',
        '/merchant_recipient_id',
        '/national_entity',
        '/entity_type',
        '/first_name',
        '/last_name',
        '/legal_name',
        '/email',
        '/date_of_birth',
        '/country',
        '/website',
        '/industry',
        '/merchant_category_code',
        '/document',
        '/phone',
        '/address',
        '/legal_representatives',
        '/withdrawal_methods',
        '/split_configuration',
      ],
    },
    listRecipients: {
      serve: (s, r) => s.listRecipients(r.query),
      relation: 'lists',
      request: async (d) => {
        await d.need('recipient');
        return { query: { country: d.make.country as never } };
      },
      // A page (20 by default, in no documented order): the recipient just created need not be on it.
      lookup: { query: 'country', field: '/country', created_among: false },
    },
    retrieveRecipient: { serve: (s, r) => s.retrieveRecipient(r.path.recipient_id!), identity: 'recipient_id' },
    updateRecipient: {
      serve: (s, r) => s.updateRecipient(r.path.recipient_id!, r.body),
      identity: 'recipient_id',
      relation: 'changes',
      request: async (d) => ({
        path: { recipient_id: String((await d.need('recipient')).id) },
        body: { email: 'newemail@example.com', phone: { country_code: '57', number: '9876543210' } },
      }),
      // The example sends email and phone and answers that email. Sent with onboarding_id, the fields are that
      // onboarding's own and the recipient answered is unchanged (update-recipient-1.json onboarding_id).
      echo: ['/email', '/phone'],
    },
    deleteRecipient: {
      serve: (s, r) => s.deleteRecipient(r.path.recipient_id!),
      identity: 'recipient_id',
      relation: 'ends',
    },
  },
});
