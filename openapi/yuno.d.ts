// Generated from openapi/yuno.yaml by `npm run gen` (openapi-typescript). Do not edit.

export interface paths {
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the payments of a merchant_order_id */
        get: operations["retrievePaymentsByMerchantOrderId"];
        put?: never;
        /**
         * Create a payment (or an authorization, with capture false)
         * @description Creates a payment. Sending `payment_method.detail.card.capture: false` makes it an
         *     authorization that must later be captured or canceled.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payment by id
         * @description The published page (v2) wraps its examples in `payment`; the contract keeps the payment bare, as
         *     the v1 page and every other source have it (conflict payment-envelope).
         */
        get: operations["retrievePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture an authorization, fully or partly */
        post: operations["captureAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an authorization (or a pending payment) */
        post: operations["cancelPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a captured payment, fully or partly */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/cancel-or-refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the payment if it is only authorized, refund it if it was captured */
        post: operations["cancelOrRefundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/cancel-or-refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel or refund one transaction of a payment */
        post: operations["cancelOrRefundTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispute a chargeback by submitting evidence
         * @description Sends evidence (base64 PDFs of at most 1 MB) that Yuno forwards to the issuer; the chargeback
         *     becomes an active dispute (IN_DISPUTE/PENDING_REVIEW). Returns the payment with the chargeback
         *     transaction. Its transitions are in specs/payment-transitions.yaml (openDispute).
         */
        post: operations["openDispute"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add evidence to a dispute already submitted
         * @description Adds evidence; the chargeback status does not change. A provider that does not support updates
         *     makes it fail with 404 and an UPPER_SNAKE_CASE code such as UPDATE_NOT_SUPPORTED, status unchanged.
         */
        patch: operations["updateDispute"];
        trace?: never;
    };
    "/payments/{payment_id}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify the fulfillments of an order (for fraud prevention)
         * @description Appends fulfillments to the ones the payment already has. The upstream spec does not declare the
         *     path parameter; it is the payment id. Accepted asynchronously: 202 with no body.
         */
        post: operations["notifyFulfillments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the issuers that support a payment method
         * @description No query parameter is marked required; the three narrow the list.
         */
        get: operations["retrieveIssuers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/three-d-secure/setups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register 3DS2 browser and device data (server-to-server)
         * @description Registers the browser environment and device fingerprints the merchant collected and returns a
         *     `three_d_secure_setup_id` for `payment_method.detail.card.three_d_secure.three_d_secure_setup_id`
         *     of the next payment. It calls no issuer and binds no card. The same key and payload return the
         *     original setup within 24 h.
         */
        post: operations["createThreeDSecureSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a payment link */
        post: operations["createPaymentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-links/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a payment link */
        get: operations["retrievePaymentLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-links/{code}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a payment link
         * @description Takes no body. Only a link in status CREATED can be canceled.
         */
        post: operations["cancelPaymentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a customer by merchant_customer_id */
        get: operations["retrieveCustomerByMerchantCustomerId"];
        put?: never;
        /** Create a customer */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a customer by id */
        get: operations["retrieveCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete (or anonymize) a customer
         * @description Deletes or anonymizes the customer in Yuno and starts its deletion with the providers it used.
         *     Accepted asynchronously: 202 with no body. This is the one customer operation whose spec requires
         *     the account-code header.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /** Update a customer */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/customers/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer session for enrolling payment methods
         * @description Opens a session for an existing customer, used by the checkout workflow to list and enroll
         *     payment methods. The customer must exist first (createCustomer).
         */
        post: operations["createCustomerSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/customers/sessions/{customer_session}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the payment methods a customer session can enroll (checkout workflow)
         * @description Only methods the merchant has connected, routed and added to its checkout are listed. The
         *     list is wrapped in `payment_methods` (unlike the checkout-session list, which is a bare array).
         */
        get: operations["retrieveEnrollablePaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/sessions/{customer_session}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll a payment method in a customer session (checkout workflow)
         * @description Creates the payment method, typically in status READY_TO_ENROLL; the customer then completes
         *     the enrollment through the SDK or the provider, after which it is ENROLLED. Enrolling the same
         *     card again with a new expiry or holder unenrolls the earlier one.
         */
        post: operations["enrollSessionPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-methods/{payment_method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a payment method by id (checkout workflow) */
        get: operations["retrievePaymentMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reassign an enrolled card to another customer of the same account
         * @description Moves an enrolled card (cards only) to the customer named in the body. Refused with 409 when
         *     the current owner is a customer that has data. The merchant must update its own references
         *     (subscriptions, stored customer/token pairs) afterwards. Requires the account-code header.
         */
        patch: operations["reassignPaymentMethod"];
        trace?: never;
    };
    "/customers/payment-methods/{payment_method_id}/unenroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unenroll a payment method (checkout workflow)
         * @description Takes no body. The payment method becomes UNENROLLED and can no longer be used.
         */
        post: operations["unenrollSessionPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's enrolled payment methods (direct workflow)
         * @description Wrapped in `payment_methods`. Instruments vaulted through an Apple Pay or Google Pay payment
         *     are hidden records and are not listed, although their vaulted_token works.
         */
        get: operations["listEnrolledPaymentMethods"];
        put?: never;
        /**
         * Enroll a payment method for a customer (direct workflow, PCI merchants)
         * @description Stores a payment method for the customer and returns its `vaulted_token`. A card comes back
         *     ENROLLED in the same response; an ACH enrollment comes back READY_TO_ENROLL with a redirect.
         *     Enrolling the same card again creates a new enrollment with a new vaulted_token; the card
         *     `fingerprint` (possibly null) identifies duplicates.
         */
        post: operations["enrollPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods/{payment_method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve one of a customer's enrolled payment methods (direct workflow)
         * @description `payment_method_id` is the `vaulted_token` returned by the enrollment. Yuno documents two
         *     variants of this same request: the standard one, and the PCI one (only for PCI-certified
         *     merchants enabled by Yuno), whose `card_data` also carries the full card `number` and, when a
         *     network token exists, `network_token` (with the DPAN in `network_token.number`). Nothing in
         *     the request selects the variant; both bodies match this schema.
         */
        get: operations["retrieveEnrolledPaymentMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customer_id}/payment-methods/{payment_method_id}/unenroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unenroll a customer's payment method (direct workflow)
         * @description Takes no body. `payment_method_id` is the vaulted_token; the payment method becomes UNENROLLED.
         */
        post: operations["unenrollPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-methods/account-updater": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register stored cards for Card Account Updater
         * @description Registers 1 to 100 stored cards, by vaulted_token. Validation is all-or-nothing: one invalid id
         *     rejects the whole request. Registration is asynchronous: `accepted` counts the cards taken in,
         *     and updates arrive later as enrollment.update webhooks. An account not enabled for Account
         *     Updater gets 403.
         */
        post: operations["registerCardsForAccountUpdater"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a checkout session */
        post: operations["createCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/sessions/{checkout_session}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the payment methods available to a checkout session */
        get: operations["retrieveCheckoutPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/sessions/{checkout_session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a checkout session
         * @description The docs write the path as `/checkout/sessions/{id}`; the parameter takes the same value under the
         *     name used by the other session paths. The body names the identifier `id` (create and update name
         *     it `checkout_session`); `used` tells whether the session already served a payment.
         */
        get: operations["retrieveCheckoutSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a checkout session
         * @description Changes only the fields sent. The operation's spec still requires the four fields create requires
         *     (see conflict update-session-required-fields).
         */
        patch: operations["updateCheckoutSession"];
        trace?: never;
    };
    "/checkout/sessions/{checkout_session}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-time-use token inside a checkout session
         * @description A volatile card token for one payment of the session (SDK checkout).
         */
        post: operations["createCheckoutSessionToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-time-use card token (DIRECT workflow, PCI merchants)
         * @description Tokenizes card data without a checkout session. The token goes into `payment_method.token` of a
         *     DIRECT card payment.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the payouts of a merchant_reference */
        get: operations["retrievePayoutsByMerchantReference"];
        put?: never;
        /** Create a payout */
        post: operations["createPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/{payout_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a payout by id */
        get: operations["retrievePayout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a report to be generated */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reports */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a report */
        get: operations["retrieveReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{report_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the download link of a ready report */
        get: operations["downloadReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhooks of an account
         * @description Secrets come back masked. An account without webhooks gives an empty array.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description The webhook starts ACTIVE and is notified at once. It needs a name unique in the account, a url
         *     and at least one trigger; configured secrets come back masked, the others as null.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a webhook
         * @description The webhook must belong to `account_id`; any other identifier gives 404 WEBHOOK_NOT_FOUND.
         */
        get: operations["retrieveWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Yuno stops notifying its url and returns the webhook it deleted (200, not 204).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook (state, url, triggers, credentials)
         * @description Send account_id and the fields to change. Trigger fields are replaced, not merged; an omitted
         *     secret is kept, an empty string removes it. INACTIVE stops deliveries, ACTIVE resumes them.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's plans, a page at a time */
        get: operations["listPlans"];
        put?: never;
        /**
         * Create a plan
         * @description A reusable price and cadence that subscriptions name by plan_id. Plans do not change once made: a new
         *     price is a new plan.
         */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a plan */
        get: operations["retrievePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a plan (and, with it, every subscription on it)
         * @description The only status a plan can be moved to. A canceled plan takes no new subscription, and every
         *     subscription linked to it is canceled at once. Canceling a CANCELED plan again answers 200.
         */
        post: operations["cancelPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's subscriptions
         * @description A page of the subscriptions of the account in the x-account-code header, newest first; every
         *     filter is optional and they combine. Without a status filter every status is listed, CANCELED and
         *     COMPLETED included. merchant_reference is not a filter (sent, it is ignored). Items are summaries:
         *     retrieveSubscription gives the whole object.
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Create a subscription
         * @description Starts recurring charges on a payment method the customer already enrolled (vaulted_token), either
         *     with its own amount and cadence or on a plan (plan_id), never both. With initial_payment_validation
         *     true it stays CREATED until the first payment succeeds; otherwise it answers ACTIVE (TRIALING on a
         *     plan that opens with a trial). Answered with 200.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a subscription
         * @description The whole subscription; the only answer that carries current_period_start and current_period_end (once the first cycle was charged).
         */
        get: operations["retrieveSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a subscription (or schedule a plan change)
         * @description Changes the fields sent; updates apply from the next billing cycle. plan_change schedules a move
         *     to another plan at the next billing cycle (ACTIVE or TRIALING subscriptions already on a plan, one
         *     pending change at a time); "plan_change": null undoes it. The docs write the path as
         *     `/subscriptions/{id}`.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/subscriptions/{subscription_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a subscription
         * @description Takes no body. The subscription becomes PAUSED; it can then be resumed or canceled.
         */
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused subscription
         * @description Takes no body. A PAUSED subscription becomes ACTIVE again (TRIALING while its trial phase still runs); availability dates in conflict give 400 INVALID_DATE.
         */
        post: operations["resumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a subscription
         * @description Takes no body. CANCELED is final. Allowed from CREATED, ACTIVE, TRIALING, PAST_DUE and PAUSED; a COMPLETED or CANCELED subscription gives 400 INVALID_STATE.
         */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry the subscription's last declined payment now
         * @description Takes no body. Charges the current cycle again with the subscription's latest configuration: only
         *     the most recent payment, and again only if the previous retry was DECLINED. It stops the smart
         *     retries of that payment. The docs write the path as `/subscriptions/{id}/retry`.
         */
        post: operations["retrySubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a subscription onto a plan
         * @description A subscription without a plan is attached in place and keeps its id. A subscription already on a
         *     plan is CANCELED (cancellation_source PLAN_CHANGE) and replaced: the answer is the new
         *     subscription, with previous_subscription_id. Either way the new price applies from the next
         *     renewal; nothing is charged now. Re-posting the current plan is a 200 no-op.
         */
        post: operations["changeSubscriptionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a subscription's payments
         * @description One row per billing attempt, most recent first, with the plan and phase it billed. A free cycle has total 0.
         */
        get: operations["listSubscriptionPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meters
         * @description The account's meters, INACTIVE (archived) ones included, paged by limit and offset.
         */
        get: operations["listMeters"];
        put?: never;
        /**
         * Create a meter
         * @description A named, countable action of the merchant's product. The meter is always ACTIVE on creation. Its
         *     event_name is unique in the account, archived meters included (409 METER_EVENT_NAME_CONFLICT).
         *     Usage-based billing must be enabled for the organization (403 PRODUCT_NOT_ENABLED otherwise).
         */
        post: operations["createMeter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/meters/{meter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a meter
         * @description An unknown meter gives 400 METER_NOT_FOUND (never 404).
         */
        get: operations["retrieveMeter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update or archive a meter
         * @description Changes its descriptive fields, default_price or status; event_name and aggregation are immutable
         *     (sent, they are ignored and the answer shows the originals). status INACTIVE archives the meter: its
         *     usage events are refused, it can no longer be attached and its metered prices freeze; status ACTIVE
         *     reactivates it. There is no delete.
         */
        patch: operations["updateMeter"];
        trace?: never;
    };
    "/subscriptions/meters/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a usage event for a subscription
         * @description One event per request, against a subscription in ACTIVE, TRIALING or PAST_DUE (PAUSED, CANCELED and
         *     COMPLETED give 400 SUBSCRIPTION_NOT_ACTIVE and nothing is counted). The meter is resolved from
         *     event_name. A replay of the same event_id answers the first response and never counts twice. Usage
         *     beyond the plan's credits is billed on the subscription's renewal charge.
         */
        post: operations["reportUsageEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/plans/{plan_id}/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a plan's metered prices
         * @description Every metered price attached to the plan (Retrieve Plan carries the same list as meters[]).
         */
        get: operations["listPlanMeters"];
        put?: never;
        /**
         * Attach a meter to a plan (a metered price)
         * @description Adds a variable price to the plan: credits included per cycle and the price of each unit beyond
         *     them. The plan's flat price and its subscribers' base amount do not change; every subscription on
         *     the plan inherits the metered price. Only an ACTIVE meter can be attached, once per plan (409
         *     PLAN_METER_ALREADY_ASSIGNED).
         */
        post: operations["attachMeterToPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/plans/{plan_id}/meters/{meter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a plan's metered price
         * @description Changes credits, pricing_strategy, price_per_credit or country_prices; usage is rated with the new
         *     values from the next billing cycle. A metered price of an INACTIVE meter is frozen (400
         *     PLAN_METER_NOT_FOUND). There is no detach.
         */
        patch: operations["updatePlanMeter"];
        trace?: never;
    };
    "/installments-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the installment plans of an account
         * @description The account's plans; the optional filters narrow them to a currency, an IIN, an amount or a payment method type.
         */
        get: operations["listInstallmentsPlans"];
        put?: never;
        /**
         * Create an installment plan
         * @description The installments a merchant offers (merchant installments), by amount range, currency, card brand
         *     or IIN, issuer and dates. An active plan is applied to matching payments; a checkout session can
         *     name one with installments.plan_id. Answered with 200.
         */
        post: operations["createInstallmentsPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installments-plans/{installment_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an installment plan
         * @description The spec and its example answer the plan inside an array (conflict installment-plan-retrieve-shape).
         */
        get: operations["retrieveInstallmentsPlan"];
        put?: never;
        post?: never;
        /**
         * Delete an installment plan
         * @description Removes the plan for good; it is no longer offered. The only documented answer is the text "HTTP 201 Created" under a 200 (conflict installment-plan-delete-answer), so its body is not asserted.
         */
        delete: operations["deleteInstallmentsPlan"];
        options?: never;
        head?: never;
        /** Update an installment plan */
        patch: operations["updateInstallmentsPlan"];
        trace?: never;
    };
    "/apm-installments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the installments an alternative payment method offers
         * @description A query with a body (nothing is created): the installment options of NU_PAY, NU_PAY_ENROLLMENT or
         *     APPLE_PAY for an amount, to show before the payment. The spec adds the account code to the keys
         *     (security scheme accountCode, header X-Account-Code).
         */
        post: operations["retrieveApmInstallments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predebit-notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a pre-debit notification by merchant_reference
         * @description One notification (not an array), scoped to the account in the X-account-code header.
         */
        get: operations["retrievePreDebitNotificationByMerchantReference"];
        put?: never;
        /**
         * Send a pre-debit notification (UPI Autopay)
         * @description Sends, through the provider, the notice NPCI requires before each UPI Autopay recurring debit
         *     (at least 24 hours before billing_date). The answer's id goes into
         *     payment_method.detail.bank_transfer.pre_debit_notification_id of the debit; status SENT means the
         *     provider delivered it. A merchant_reference already used answers the existing notification.
         */
        post: operations["createPreDebitNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predebit-notify/{pre_debit_notification_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a pre-debit notification by id
         * @description Scoped to the account in the X-account-code header.
         */
        get: operations["retrievePreDebitNotification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unreferenced-refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an unreferenced refund (a standalone credit)
         * @description Pushes money to a payment method (a vaulted token, a raw card, a bank account or mandate, a PayPal
         *     wallet) without an original Yuno payment: a charge made outside Yuno, or a goodwill credit. It
         *     starts CREATED; webhooks follow its status. A reused X-Idempotency-Key answers the refund first
         *     created.
         */
        post: operations["createUnreferencedRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unreferenced-refunds/{unreferenced_refund_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an unreferenced refund */
        get: operations["retrieveUnreferencedRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the recipients of the account, a page at a time */
        get: operations["listRecipients"];
        put?: never;
        /**
         * Create a recipient (a marketplace seller), optionally with its onboardings
         * @description Registers a seller that can receive part of a split payment. Onboardings sent here are created with the
         *     recipient; PREVIOUSLY_ONBOARDED ones become SUCCEEDED at once. The only variant of this page is
         *     create-recipient-1 (create-recipient and create-recipients redirect to it).
         */
        post: operations["createRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a recipient */
        get: operations["retrieveRecipient"];
        put?: never;
        post?: never;
        /**
         * Delete a recipient and its onboardings
         * @description Permanent. Refused with 409 RECIPIENT_IN_USE while active payments use the recipient. 204, no body.
         */
        delete: operations["deleteRecipient"];
        options?: never;
        head?: never;
        /**
         * Update a recipient (or, with onboarding_id, one onboarding's copy of it)
         * @description Changes only the fields sent. Without onboarding_id the change applies to the recipient and to every
         *     onboarding not in a final status; with it, the identity fields sent override the recipient for that
         *     onboarding only. The only variant of this page is update-recipient-1.
         */
        patch: operations["updateRecipient"];
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Onboard a recipient with one more provider connection
         * @description Registers the recipient with a provider: PREVIOUSLY_ONBOARDED links an account it already has (SUCCEEDED
         *     at once); ONE_STEP_ONBOARDING and TWO_STEP_ONBOARDING create it, the second leaving the KYC to
         *     continueOnboarding. Answers the onboarding, with its recipient.
         */
        post: operations["createOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve one onboarding of a recipient */
        get: operations["retrieveOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an onboarding (provider data, documents, bank details)
         * @description Changes only the fields sent. The page shows no answer; the spec names the recipient schema (conflict onboarding-operation-answers).
         */
        patch: operations["updateOnboarding"];
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the KYC step of a two-step onboarding
         * @description Only a TWO_STEP_ONBOARDING whose account creation succeeded can be continued. HOSTED_BY_PROVIDER answers a
         *     Yuno redirect URL (provider.redirect_url) to the provider's KYC page; DIRECT runs the KYC at once.
         */
        post: operations["continueOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block an onboarding (no transfers until it is unblocked)
         * @description Takes no body. The onboarding becomes BLOCKED; blocking a blocked one is refused (409 RECIPIENT_ALREADY_BLOCKED). Answers the recipient.
         */
        post: operations["blockOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unblock a blocked onboarding
         * @description Takes no body. Only a BLOCKED onboarding can be unblocked (409 RECIPIENT_NOT_BLOCKED otherwise). Answers the recipient.
         */
        post: operations["unblockOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an onboarding before it completes with the provider
         * @description Takes no body. Canceling a canceled onboarding is refused (409 RECIPIENT_ALREADY_CANCELLED). Answers the recipient.
         */
        post: operations["cancelOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/onboardings/{onboarding_id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer an onboarding (and its provider account) to another recipient
         * @description Takes no body. {recipient_id} is the recipient that receives the onboarding, {onboarding_id} the onboarding
         *     moved (split-payments-marketplace.mdx). Answers the transfer: the origin onboarding, now TRANSFERRED (INACTIVE
         *     in the example), and the destination one.
         */
        post: operations["transferOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/onboardings/reverse-transfer/{transfer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse an onboarding transfer (move the onboarding back)
         * @description Takes no body. {transfer_id} is the id transferOnboarding answered. The guide writes the path as
         *     /recipients/{recipient_id}/onboardings/{onboarding_id}/reverse-transfer (conflict reverse-onboarding-path).
         *     Answers the reversal, itself an onboarding transfer in the opposite direction.
         */
        post: operations["reverseOnboardingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transfer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an onboarding transfer
         * @description Its outcome is destination_onboarding.status: SUCCEEDED, PENDING or FAILED; the origin is TRANSFERRED.
         */
        get: operations["retrieveOnboardingTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboardings/{onboarding_id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the transfers of an onboarding (as origin or destination), newest first
         * @description A bare array ordered by created_at, most recent first; empty when there is none. Shows the whole chain, reversals included.
         */
        get: operations["listOnboardingTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{recipient_id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the onboarding transfers of a recipient (as origin or destination), newest first
         * @description A bare array ordered by created_at, most recent first; empty when there is none.
         */
        get: operations["listRecipientTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{payment_id}/transactions/{transaction_id}/split-marketplace/transfer-reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a transfer of an amount to a recipient of a split payment
         * @description For a payment split among recipients: a transfer of the amount sent to one of them, answered as a
         *     SPLIT_TRANSFER. The path says transfer-reversal and the page's summary says "reverse"; its text and example
         *     describe a transfer to a recipient (conflict payment-split-transfer-page). A failed transfer may be
         *     answered 400 with the transfer in status ERROR.
         */
        post: operations["requestPaymentSplitTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/split-marketplace/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer funds from the organization's balance to a recipient, outside any payment
         * @description A forward transfer (SPLIT_TRANSFER) to the recipient's connection. The same account_id and idempotency key
         *     answer the original transfer for 24 h. A transfer the provider failed is answered 201 in status ERROR.
         */
        post: operations["createStandaloneTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/split-marketplace/transfers/{transfer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a standalone transfer */
        get: operations["retrieveStandaloneTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/split-marketplace/transfers/{transfer_id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a succeeded standalone transfer, fully or partly
         * @description Adds a SPLIT_TRANSFER_REVERSE transaction returning funds to the balance. Only a SUCCEEDED transfer can be
         *     reversed (400 TRANSFER_NOT_REVERSIBLE; TRANSFER_ALREADY_REVERSED once reversed; REVERSAL_AMOUNT_EXCEEDS
         *     above the amount).
         */
        post: operations["reverseStandaloneTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a franchise seller mapping
         * @description Registers a store's merchant_id per provider and payment method type, resolved at payment time from
         *     additional_data.seller_details. One seller per (account, merchant_seller_id); usable by every account of
         *     the organization.
         */
        post: operations["createSeller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchant_seller_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a seller by the merchant's own identifier */
        get: operations["retrieveSeller"];
        /**
         * Replace a seller's details and payment method mappings
         * @description A full replacement: every optional field left out becomes null. merchant_seller_id comes from the path, account_id from the body.
         */
        put: operations["replaceSeller"];
        post?: never;
        /**
         * Delete a seller (soft delete)
         * @description Removes the seller and its payment method mappings; past payments are unaffected, later ones fall back to the connection's merchant_id. 204, no body.
         */
        delete: operations["deleteSeller"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/account-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's account groups
         * @description Every account group of the organization, in `data`, with a `pagination` object. The page
         *     declares no paging parameter.
         */
        get: operations["listAccountGroups"];
        put?: never;
        /**
         * Create an account group
         * @description Creates a group (a sub-organization) in the organization of the keys. Its `id` is what
         *     createOrganizationAccount takes to put accounts in it. The organization needs the whitelabel
         *     property enabled (b2b-organization-management.mdx).
         */
        post: operations["createAccountGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/account-groups/{account_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an account group */
        get: operations["retrieveAccountGroup"];
        put?: never;
        post?: never;
        /**
         * Delete an account group
         * @description The group's accounts are moved to a default group of the organization. 204 with no body.
         */
        delete: operations["deleteAccountGroup"];
        options?: never;
        head?: never;
        /** Change an account group's name or merchant_id */
        patch: operations["updateAccountGroup"];
        trace?: never;
    };
    "/organizations/account-groups/{account_group_id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts of an account group */
        get: operations["listAccountGroupAccounts"];
        put?: never;
        /**
         * Create an account in an account group
         * @description Creates a merchant account in the group named by the path. Its `id` scopes payments, sessions and
         *     configuration to that merchant environment (b2b-organization-management.mdx).
         */
        post: operations["createOrganizationAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's accounts, across its account groups */
        get: operations["listOrganizationAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an account */
        get: operations["retrieveOrganizationAccount"];
        put?: never;
        post?: never;
        /**
         * Disable an account
         * @description The account is disabled, not erased: 200 with a message (unlike the other deletes of the group, 204).
         */
        delete: operations["deleteOrganizationAccount"];
        options?: never;
        head?: never;
        /** Rename an account */
        patch: operations["updateOrganizationAccount"];
        trace?: never;
    };
    "/organizations/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's users, optionally of one account group or account */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user with at least one account or account-group permission
         * @description Creates a user of the organization. Such a user has no Dashboard access and can only be
         *     authenticated through authenticateWhitelabelUser. The request must assign at least one
         *     permission: account_permissions, account_group_permissions, or both.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a user */
        get: operations["retrieveUser"];
        put?: never;
        post?: never;
        /** Delete a user and its organization, account and role records */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** Change a user's first or last name */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/organizations/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a JWT embed token for a white-label user
         * @description Exchanges a user's id for a JWT the merchant uses on that user's behalf. The request carries the
         *     organization's two key headers, like every other request (the spec's sec0 and sec1, spelled
         *     PUBLIC-API-KEY and PRIVATE-SECRET-KEY: header names are case-insensitive); no page names another
         *     header. Its 400 and 401 bodies carry `message`, not `messages` (conflict
         *     whitelabel-auth-error-message).
         */
        post: operations["authenticateWhitelabelUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Yuno's default roles and the organization's custom roles */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a custom role
         * @description A duplicate name is refused with 400 (create-role.json, "Duplicate name or validation failure").
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a custom role; its users get the ReadOnly role */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /** Change a custom role (its role_type cannot change) */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/organizations/permissions-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the permission sections and permissions custom roles can use */
        get: operations["listPermissionsCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/users/{user_id}/account-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a user's roles on accounts */
        get: operations["retrieveUserAccountPermissions"];
        /**
         * Replace all of a user's roles on accounts
         * @description A full replacement; an account assignment the request leaves out is removed.
         */
        put: operations["replaceUserAccountPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add or change a user's roles on accounts, keeping the others */
        patch: operations["updateUserAccountPermissions"];
        trace?: never;
    };
    "/organizations/users/{user_id}/account-permissions/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user's role on one account */
        delete: operations["deleteUserAccountPermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/users/{user_id}/account-group-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a user's roles on account groups */
        get: operations["retrieveUserAccountGroupPermissions"];
        /**
         * Replace all of a user's roles on account groups
         * @description A full replacement; an account-group assignment the request leaves out is removed.
         */
        put: operations["replaceUserAccountGroupPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add or change a user's roles on account groups, keeping the others */
        patch: operations["updateUserAccountGroupPermissions"];
        trace?: never;
    };
    "/organizations/users/{user_id}/account-group-permissions/{account_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user's role on one account group */
        delete: operations["deleteUserAccountGroupPermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/catalog/{provider_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve what a provider needs for a connection (its catalog entry)
         * @description The payment methods the provider supports and the tree of parameters a connection to it takes.
         *     It describes the provider, not the merchant's connections. The keys need the scope
         *     connections:read (declared in `security`); errors the page documents come in the
         *     connections envelope (conflict connections-routing-error-envelope).
         */
        get: operations["retrieveProviderCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a connection to a provider (ACTIVE at once)
         * @description Creates a connection from the provider's catalog entry: its payment methods must be among the
         *     catalog's, its params must supply every required one. It starts ACTIVE; its connection_id is
         *     what routing steps reference. Secret params come back as "***". Needs X-Idempotency-Key (a reused
         *     key with the same body returns the cached answer, with another body 409) and the scope
         *     connections:write.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a connection (secrets masked)
         * @description A connection of another account is answered 404 CONNECTION_NOT_FOUND. Needs the scope connections:read.
         */
        get: operations["retrieveConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the routings of an account, optionally of one payment method
         * @description A bare array, empty when the account has no routing; each item is shaped as retrieveRouting
         *     answers. An account_id of another organization is refused with 403 INSUFFICIENT_SCOPE. Needs the
         *     scope routing:read (list-routings.mdx).
         */
        get: operations["listRoutings"];
        put?: never;
        /**
         * Create the routing of one payment method on an account (live at once)
         * @description One routing per (account, payment_method): a second one is refused with 409
         *     ROUTING_ALREADY_EXISTS (use updateRouting). Every step must reference an ACTIVE connection of
         *     the account that supports the payment method (400 ROUTING_PROVIDER_NOT_AVAILABLE otherwise).
         *     Needs X-Idempotency-Key and the scope routing:write.
         */
        post: operations["createRouting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routing/{routing_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a routing's live configuration
         * @description A routing of another account is answered 404 ROUTING_NOT_FOUND. Needs the scope routing:read.
         */
        get: operations["retrieveRouting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace a routing's configuration (no field-level merge)
         * @description The body has the create shape without account_id: the new default_route and condition_sets
         *     replace the live ones whole. account_id and payment_method stay as created; a different
         *     payment_method is refused with 400 ROUTING_PAYMENT_METHOD_IMMUTABLE, a concurrent update that
         *     lost the race with 409 ROUTING_VERSION_CONFLICT. Needs X-Idempotency-Key and the scope
         *     routing:write. The spec declares no body; the page does (conflict update-routing-body).
         */
        patch: operations["updateRouting"];
        trace?: never;
    };
    "/routing/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank candidate providers for a payment from the merchant's reported history
         * @description Scores 2 to 20 candidate providers on the account's own reported (off-Yuno) payments of the last
         *     30 days and returns the best one and the whole ranking, with a fresh recommendation_id each call.
         *     Nothing changes state and no X-Idempotency-Key is taken (conflict
         *     routing-recommendation-idempotency). Enabled per organization: otherwise 403 PRODUCT_NOT_ENABLED.
         */
        post: operations["getRoutingRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a bank account for an onboarded entity
         * @description The onboarding named by onboarding_id must be SUCCEEDED (400 VALIDATION_ERROR otherwise; 404 ONBOARDING_NOT_FOUND for an unknown one). The spec also lists an empty 200 besides 201 (conflict create-empty-200).
         */
        post: operations["createBankingAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a bank account */
        get: operations["retrieveBankingAccount"];
        put?: never;
        post?: never;
        /**
         * Close a bank account
         * @description The balance must be zero first (400 VALIDATION_ERROR otherwise). Answers the account, CLOSED.
         */
        delete: operations["closeBankingAccount"];
        options?: never;
        head?: never;
        /** Update a bank account */
        patch: operations["updateBankingAccount"];
        trace?: never;
    };
    "/banking/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an entity (a person or a business)
         * @description national_entity decides which entity_detail sub-object is required. merchant_entity_id must be unique (409 DUPLICATE_ENTITY).
         */
        post: operations["createBankingEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/entities/{entity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an entity */
        get: operations["retrieveBankingEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an entity
         * @description Only the fields sent change; national_entity cannot (400 VALIDATION_ERROR).
         */
        patch: operations["updateBankingEntity"];
        trace?: never;
    };
    "/banking/entities/{entity_id}/onboardings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Onboard an entity with a banking provider
         * @description ONE_STEP submits everything to the provider; PREVIOUSLY_ONBOARDED only records a Yuno id. The spec also lists an empty 200 besides 201 (conflict create-empty-200).
         */
        post: operations["createEntityOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/entities/{entity_id}/onboardings/{onboarding_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an onboarding and its status */
        get: operations["retrieveEntityOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add documents or declarations to an onboarding
         * @description Refused with 400 VALIDATION_ERROR once the onboarding is in a terminal status.
         */
        patch: operations["updateEntityOnboarding"];
        trace?: never;
    };
    "/banking/entities/{entity_id}/onboardings/{onboarding_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an onboarding
         * @description Takes no body. Only an onboarding not yet in a terminal status can be canceled (400 VALIDATION_ERROR otherwise). The spec gives both 200 and 202 with the same body.
         */
        post: operations["cancelEntityOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send money from a banking account (external or book transfer)
         * @description Accepted asynchronously: 202, PENDING. The amount's currency must be the source account's; insufficient funds give 422.
         */
        post: operations["initiateEntityTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{account_id}/transfers/{transfer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a transfer and its status */
        get: operations["retrieveEntityTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{account_id}/transfers/{transfer_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending transfer
         * @description Takes no body. Only a PENDING transfer can be canceled; from PROCESSING on it is refused with 400 VALIDATION_ERROR. The spec documents the 200 without a body.
         */
        post: operations["cancelEntityTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description The index page says a new campaign is ACTIVE, create-campaign.mdx says INACTIVE when no status is sent (conflict campaign-default-status). The spec also lists an empty 200 besides 201 (conflict create-empty-200).
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a campaign with its rules */
        get: operations["retrieveCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Pause, resume, complete or cancel a campaign
         * @description ACTIVE goes to PAUSED, COMPLETED or CANCELLED; PAUSED to ACTIVE, COMPLETED or CANCELLED; COMPLETED and CANCELLED are final.
         */
        patch: operations["updateCampaignStatus"];
        trace?: never;
    };
    "/campaigns/{campaign_id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add rules to a campaign */
        post: operations["createCampaignRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaign_id}/rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a rule of a campaign */
        get: operations["retrieveCampaignRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a rule's type, values, conditional or metadata key */
        patch: operations["updateCampaignRule"];
        trace?: never;
    };
    "/campaigns/{campaign_id}/rules/{rule_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Activate or deactivate a rule
         * @description An INACTIVE rule is kept but no longer evaluated.
         */
        patch: operations["updateCampaignRuleStatus"];
        trace?: never;
    };
    "/checkouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's custom checkouts
         * @description Default first, then the most recently updated; ARCHIVED included. Filters are ANDed. Without page or size the answer is a bare array of every match; either switches to the paginated envelope.
         */
        get: operations["listCheckouts"];
        put?: never;
        /**
         * Create a custom checkout (a published clone of the default)
         * @description Born PUBLISHED, never the default. The name must be unique (409); an account without a default checkout gets 404.
         */
        post: operations["createCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkouts/{checkout_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a custom checkout's configuration and styling
         * @description The payment methods listed are the account's whole catalog; is_active tells which the checkout offers.
         */
        get: operations["retrieveCheckout"];
        /**
         * Publish configuration and/or styling of a custom checkout
         * @description Configuration is a sparse upsert, styling a partial merge; nothing is applied when any rule fails. An ARCHIVED checkout is refused.
         */
        put: operations["publishCheckoutConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, publish, unpublish, archive, restore or promote a custom checkout
         * @description PUBLISHED only from NOT_PUBLISHED; NOT_PUBLISHED from PUBLISHED or ARCHIVED; ARCHIVED from PUBLISHED or NOT_PUBLISHED; the current status is refused (400). is_default true publishes from any status and demotes the previous default. The default cannot be archived or unpublished (409).
         */
        patch: operations["updateCheckoutLifecycle"];
        trace?: never;
    };
    "/pci-proxy/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the allowlisted destinations */
        get: operations["listPciProxyDestinations"];
        put?: never;
        /**
         * Add a host to the allowlist
         * @description Starts ENABLED and is usable within minutes. A hostname already registered for the scope gives 409.
         */
        post: operations["registerPciProxyDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pci-proxy/destinations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a host from the allowlist
         * @description Permanent and immediate: the next forward to the host gets 403 DESTINATION_NOT_ALLOWED. 204, no body.
         */
        delete: operations["removePciProxyDestination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pci-proxy/destinations/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled destination */
        post: operations["enablePciProxyDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pci-proxy/destinations/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a destination without removing it
         * @description The record and its audit history stay; forwards to it get 403 DESTINATION_NOT_ALLOWED until it is enabled again.
         */
        post: operations["disablePciProxyDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pci-proxy/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call an allowlisted third party with stored card data
         * @description Forwards the request to yuno-proxy-destination-url after replacing vaulted_token expressions inside Yuno's PCI environment, and returns the destination's status, headers and body unchanged; yuno-proxy-destination-status is present only when the destination was reached, and an error with it is the destination's own. GET, PUT, PATCH and DELETE are forwarded the same way (conflict pci-forward-methods). A query string on this path is refused. Every answer but a 401 carries yuno-proxy-request-id.
         */
        post: operations["invokeForwardProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-methods/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register domains for a payment method
         * @description Accepted asynchronously (202); verification follows and is notified by webhook (payment_method_domain.verified or .verification_failed). Note the path: /payment-methods/domains, while the other two operations use /payment-method-domains (conflict domain-routes).
         */
        post: operations["registerPaymentMethodDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-method-domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a domain registration */
        get: operations["retrievePaymentMethodDomain"];
        put?: never;
        /**
         * Delete a domain registration
         * @description A POST with an optional reason (not DELETE; conflict domain-routes). 204 without a body; the spec also shows "{}" as its example and lists an empty 200 (conflicts domain-delete-no-content, create-empty-200). Notified as payment_method_domain.deleted.
         */
        post: operations["deletePaymentMethodDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/smart-support/external/payments/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Have the recovery agent call or message the customer of a declined payment */
        post: operations["recoverDeclinedPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/smart-support/external/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Have the recovery agent contact a customer who abandoned a purchase
         * @description The spec documents the 200 and the errors without bodies.
         */
        post: operations["initiateAbandonedFlowRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-tokens/cryptograms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a network token cryptogram for a vaulted card
         * @description Every call returns a new single-use cryptogram (no idempotency). A non-PCI organization must send include_network_token false (403 NETWORK_TOKEN_RETURN_NOT_ALLOWED otherwise). An unknown vaulted_token and another organization's give the same 404.
         */
        post: operations["generateNetworkTokenCryptogram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currency-conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a conversion rate from a provider
         * @description The keys are declared twice: the document's two key headers (default security) and the X- names of this operation's spec, with the same values (conflict conversion-key-headers).
         */
        post: operations["retrieveConversionRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report transactions processed outside Yuno
         * @description Each accepted event becomes one payment with origin REPORTED (PURCHASE+SUCCEEDED: SUCCEEDED; AUTHORIZE+SUCCEEDED: PENDING/AUTHORIZED; VERIFY+SUCCEEDED: SUCCEEDED/VERIFIED; DECLINED: DECLINED; ERROR: ERROR) that Yuno never processes. No idempotency header: report_id deduplicates. The spec declares no security scheme, only the two key headers (conflict reporting-key-headers).
         */
        post: operations["reportTransactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dry-run/provider-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register provider traffic for a dry run
         * @description Paired by merchant_reference and account_id with a POST /payments sent with X-Dry-Run: true; the validation results are read in the dashboard. Both keys, as every operation (conflict dry-run-key-alternatives).
         */
        post: operations["registerDryRunProviderEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    paymentEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment changed (webhook v2)
         * @description Sent to each registered URL after every payment transaction. When HMAC is enabled the
         *     `x-hmac-signature` header is base64(HMAC-SHA256(hmac_client_secret, raw body)); verify it on
         *     the raw bytes. The receiver must answer 200.
         */
        post: operations["paymentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    enrollmentEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment method was enrolled, unenrolled, expired or updated (webhook v2)
         * @description Sent to each registered URL when a stored payment method changes: enrollment.enroll,
         *     enrollment.unenroll, enrollment.expiration, enrollment.update (Card Account Updater). Signed
         *     like the payment event; the receiver must answer 200.
         */
        post: operations["enrollmentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    subscriptionEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A subscription was created or changed (webhook v2)
         * @description Sent to each registered URL when a subscription changes: subscription.create, .active, .trialing,
         *     .past_due, .pause, .resume, .cancel, .complete, .close_to_renewal, .cycle_executed,
         *     .phase_started, .phase_completed, .plan_change_scheduled, .plan_change_canceled, .plan_changed. The
         *     subscription is data.subscription, named by code (the API's id) and customer_payer.code (the
         *     customer's id); data.idempotency_key is the X-Idempotency-Key the subscription was created with,
         *     the same on every event of it. Each renewal charge is a payment.purchase event besides. Signed like
         *     the payment event; the receiver must answer 200.
         */
        post: operations["subscriptionEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onboardingEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An onboarding changed status (webhook v2)
         * @description Sent to each registered URL with onboarding triggers when an onboarding changes: onboarding.create,
         *     .pending, .pending_additional_documentation, .pending_recipient_action, .succeeded, .canceled, .declined,
         *     .rejected, .blocked, .unblocked, .error, .expired, .failed. The onboarding, with its recipient, is the data.
         *     Signed like the payment event; the receiver must answer 200.
         */
        post: operations["onboardingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    splitTransferEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A split transfer or its reversal succeeded or failed (webhook v1)
         * @description Sent when a standalone transfer (type split_transfer) or its reversal (split_transfer_reverse) ends:
         *     type_event succeeded or failed, version 1. The transfer is the data. The receiver must answer 200.
         */
        post: operations["splitTransferEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    bankingIncomingTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Money arrived in a banking account (banking connectivity webhook)
         * @description Sent to {merchant_base_URL}/v1/banking/transfers when an incoming transfer is pending settlement or settled. The receiver answers 200 with {"received": true}; Yuno retries on 5xx and timeouts. The page names no signature header.
         */
        post: operations["bankingIncomingTransferEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The 17 countries the create specs enumerate (create-payment, create-payment-link, create-checkout-session, create-payout); used for links, sessions and payouts (conflict payment-country-list).
         * @enum {string}
         */
        Country: "AR" | "BO" | "BR" | "CL" | "CO" | "CR" | "EC" | "SV" | "GT" | "HN" | "MX" | "NI" | "PA" | "PY" | "PE" | "US" | "UY";
        /** @description An ISO 3166-1 alpha-2 code. */
        CountryCode: string;
        /** @description An ISO 4217 code. */
        CurrencyCode: string;
        /** @description In major units of the currency (150.00 is 150 BRL), a multiple of 0.0001. Never a string. */
        AmountValue: number;
        AmountRequest: {
            currency: components["schemas"]["CurrencyCode"];
            value: components["schemas"]["AmountValue"];
            /** @description create-payment.json amount.currency_conversion: the currency conversion (DCC) object. */
            currency_conversion?: Record<string, unknown> | null;
        };
        /** @description The amount of a refund or cancel-or-refund: only for a partial refund, and neither field is required there. */
        RefundAmountRequest: {
            currency?: components["schemas"]["CurrencyCode"] | null;
            value?: components["schemas"]["AmountValue"] | null;
        };
        Amount: {
            currency: components["schemas"]["CurrencyCode"];
            value: components["schemas"]["AmountValue"];
            captured?: components["schemas"]["AmountValue"] | null;
            refunded?: components["schemas"]["AmountValue"] | null;
            currency_conversion?: Record<string, unknown> | null;
        };
        /** @description Up to 120 key/value pairs. */
        Metadata: {
            key: string;
            value: string;
        }[] | null;
        /** Format: date-time */
        DateTime: string;
        /** @description Every error body is a code and a list of messages. */
        Error: {
            code: components["schemas"]["ErrorCode"];
            messages: string[];
        };
        /**
         * @description Every documented error code (specs/errors.yaml lists them by HTTP status); besides the response-codes table, the codes the reassign, 3DS setup, dispute update and webhook pages document.
         * @enum {string}
         */
        ErrorCode: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "AUTHORIZATION_REQUIRED" | "UNSUPPORTED_METHOD" | "INTERNAL_ERROR" | "REQUEST_TIMEOUT" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "NOT_AUTHENTICATED" | "FORBIDDEN" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "WEBHOOK_UPSTREAM_ERROR";
        Error400: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE";
        };
        Error401: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED";
        };
        Error403: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN";
        };
        Error404: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED";
        };
        Error500: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INTERNAL_ERROR";
        };
        Error504: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "REQUEST_TIMEOUT";
        };
        /** @description A 409: reassign (the current owner has data) and the webhook API (a webhook with that name, or url and event, exists). The response-codes table has no 409 (conflict webhook-error-statuses). */
        Error409: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS";
        };
        /** @description A 502 of the webhook API: its service is temporarily unavailable. The response-codes table has no 502 (conflict webhook-error-statuses). */
        Error502: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "WEBHOOK_UPSTREAM_ERROR";
        };
        /** @description A provider's controlled error on a dispute update: the page fixes only the form of its code (UPPER_SNAKE_CASE), e.g. UPDATE_NOT_SUPPORTED. */
        ErrorProviderUnsupported: {
            code: string;
            messages: components["schemas"]["Error"]["messages"];
        };
        /**
         * @description The 14 payment statuses (specs/payment-status.yaml). Spelled CANCELED, one L.
         * @enum {string}
         */
        PaymentStatus: "CREATED" | "READY_TO_PAY" | "PENDING" | "VERIFIED" | "EXPIRED" | "REJECTED" | "DECLINED" | "SUCCEEDED" | "REFUNDED" | "CANCELED" | "IN_DISPUTE" | "CHARGEBACK" | "ERROR" | "FRAUD";
        /**
         * @description Every sub_status of specs/payment-status.yaml; which go with which status is a rule there.
         * @enum {string}
         */
        PaymentSubStatus: "CREATED" | "AUTHORIZED" | "IN_PROCESS" | "WAITING_ADDITIONAL_STEP" | "PENDING_PROVIDER_CONFIRMATION" | "PENDING_FRAUD_REVIEW" | "PENDING_OTP_COMPLETION" | "VERIFIED" | "EXPIRED" | "REJECTED" | "DECLINED" | "FRAUD_DECLINED" | "PARTIALLY_APPROVED" | "APPROVED" | "CAPTURED" | "PARTIALLY_CAPTURED" | "PARTIALLY_REFUNDED" | "PARTIALLY_CHARGEBACKED" | "REFUND_RETRY_IN_PROCESS" | "CAPTURE_RETRY_IN_PROCESS" | "CAPTURE_RETRY_PROCESS_FAILED" | "REFUNDED" | "CANCELED" | "RECEIVED" | "PENDING_REVIEW" | "LOST" | "ERROR" | "TIMEOUT" | "PENDING_REVERSE" | "REVERSED_BY_TIMEOUT" | "FRAUD_VERIFIED";
        /** @enum {string} */
        TransactionType: "PURCHASE" | "AUTHORIZE" | "CAPTURE" | "REFUND" | "CANCEL" | "VERIFY" | "CHARGEBACK" | "THREE_D_SECURE" | "FRAUD_SCREENING" | "SPLIT_TRANSFER" | "SPLIT_TRANSFER_REVERSE" | "SPLIT_TRANSFER_REVERSAL";
        /** @enum {string} */
        TransactionStatus: "CREATED" | "PENDING" | "SUCCEEDED" | "DECLINED" | "REJECTED" | "ERROR" | "EXPIRED" | "WON" | "LOST" | "PREVENTED";
        /** @description CARD, PIX, TRANSFERENCIA_3.0, DE_UNA_(APP), PAY BY BANK (EUROPE), ZainCash, ... The lists disagree and grow (conflict payment-type-lists): only the form is fixed - letters, digits, _ . ( ), single inner spaces. */
        PaymentMethodType: string;
        PaymentCreateRequest: {
            account_id: string;
            description: string;
            country: components["schemas"]["CountryCode"];
            merchant_order_id: string;
            merchant_reference?: string | null;
            amount: components["schemas"]["AmountRequest"];
            /** @enum {string|null} */
            workflow?: "SDK_CHECKOUT" | "CHECKOUT" | "REDIRECT" | "DIRECT" | "SDK_SEAMLESS" | null;
            checkout?: {
                session?: string | null;
            } | null;
            /** @description The payer (create-payment.json customer_payer): every field optional. */
            customer_payer?: {
                /** @description The customer id returned by create-customer (UUID, 36 chars). */
                id?: string | null;
                merchant_customer_id?: string | null;
                /** Format: date-time */
                merchant_customer_created_at?: string | null;
                merchant_customer_validations?: Record<string, unknown> | null;
                first_name?: string | null;
                last_name?: string | null;
                /** @enum {string|null} */
                gender?: "M" | "F" | "NB" | "NA" | "NK" | "U" | null;
                /** Format: date */
                date_of_birth?: string | null;
                email?: string | null;
                nationality?: string | null;
                ip_address?: string | null;
                device_fingerprints?: unknown[] | null;
                browser_info?: Record<string, unknown> | null;
                document?: Record<string, unknown> | null;
                billing_address?: Record<string, unknown> | null;
                shipping_address?: Record<string, unknown> | null;
                phone?: Record<string, unknown> | null;
                geolocation?: Record<string, unknown> | null;
            } | null;
            callback_url?: string | null;
            metadata?: components["schemas"]["Metadata"];
            payment_method: {
                type?: components["schemas"]["PaymentMethodType"] | null;
                token?: string | null;
                vaulted_token?: string | null;
                detail?: {
                    card?: {
                        /** @description false makes the payment an authorization. */
                        capture?: boolean | null;
                        installments?: number | null;
                        card_data?: {
                            number?: string | null;
                            holder_name?: string | null;
                            expiration_month?: number | null;
                            expiration_year?: number | null;
                            security_code?: string | null;
                            /** @enum {string|null} */
                            type?: "CREDIT" | "DEBIT" | null;
                        } | null;
                        delayed_capture_settings?: Record<string, unknown> | null;
                        delayed_cancel_settings?: Record<string, unknown> | null;
                        /** Format: int32 */
                        first_installment_deferral?: number | null;
                        soft_descriptor?: string | null;
                        network_token?: Record<string, unknown> | null;
                        three_d_secure?: Record<string, unknown> | null;
                        verify?: boolean | null;
                        acquirer_reference_number?: string | null;
                        stored_credentials?: Record<string, unknown> | null;
                        external_providers_data?: unknown[] | null;
                    } | null;
                    ticket?: Record<string, unknown> | null;
                    wallet?: Record<string, unknown> | null;
                    bank_transfer?: Record<string, unknown> | null;
                    strong_customer_authentication_exemptions?: unknown[] | null;
                } | null;
                vault_on_success?: boolean | null;
                account_updater?: boolean | null;
                otp?: Record<string, unknown> | null;
            };
            /** @description Not mandatory; seller_details and its address are optional here (conflict additional-data-seller-details). */
            additional_data?: Record<string, unknown> | null;
            subscription?: Record<string, unknown> | null;
            fraud_screening?: Record<string, unknown> | null;
            split_marketplace?: unknown[] | null;
            /** @description authorize-payment.json: the order's tax object; the-payment-object.mdx: an array of objects. */
            taxes?: Record<string, unknown> | unknown[] | null;
        };
        /** @description The fields every payment object carries, wherever it appears. */
        PaymentCore: {
            /** Format: uuid */
            id: string;
            account_id?: string | null;
            description?: string | null;
            country: components["schemas"]["CountryCode"];
            status: components["schemas"]["PaymentStatus"];
            sub_status: components["schemas"]["PaymentSubStatus"];
            merchant_order_id: string;
            merchant_reference?: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            amount: components["schemas"]["Amount"];
            checkout?: {
                session?: string | null;
                sdk_action_required?: boolean | null;
            } | null;
            payment_method?: Record<string, unknown> | null;
            customer_payer?: Record<string, unknown> | null;
            additional_data?: Record<string, unknown> | null;
            metadata?: components["schemas"]["Metadata"];
            payment_link_code?: string | null;
            idempotency_key?: string | null;
            workflow?: string | null;
            callback_url?: string | null;
            fraud_screening?: Record<string, unknown> | null;
            taxes?: unknown[] | Record<string, unknown> | null;
            split?: unknown[] | null;
            split_marketplace?: unknown[] | null;
            payment_link_id?: string | null;
            subscription_code?: string | null;
            routing_rules?: unknown[] | Record<string, unknown> | null;
            simplified_mode?: boolean | null;
            transactions_history?: unknown[] | Record<string, unknown> | null;
            account_code?: string | null;
        };
        /** @description A transaction as a payment lists it (amount is a number here). */
        TransactionSummary: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["TransactionType"];
            status: components["schemas"]["TransactionStatus"];
            category?: string | null;
            amount: components["schemas"]["AmountValue"];
            provider_id?: string | null;
            response_code?: string | null;
            response_message?: string | null;
            merchant_reference?: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"] | null;
            payment_method?: Record<string, unknown> | null;
            reason?: string | null;
            description?: string | null;
            provider_data?: Record<string, unknown> | null;
            connection_data?: Record<string, unknown> | null;
            merchant_advice_code?: string | null;
            merchant_advice_code_message?: string | null;
            three_d_secure_action_required?: boolean | null;
        };
        /** @description A payment as create, authorize and refund return it, with the one transaction the request made. */
        PaymentWithTransaction: components["schemas"]["PaymentCore"] & {
            transactions: components["schemas"]["TransactionSummary"];
        };
        /** @description A payment as the lookups return it, with all its transactions. */
        PaymentDetail: components["schemas"]["PaymentCore"] & {
            transactions: components["schemas"]["TransactionSummary"][];
        };
        /** @description What capture, cancel and cancel-or-refund return - a transaction with its payment nested. */
        TransactionResult: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["TransactionType"];
            status: components["schemas"]["TransactionStatus"];
            category?: string | null;
            amount: components["schemas"]["Amount"];
            merchant_reference?: string | null;
            response_code?: string | null;
            response_message?: string | null;
            provider_data?: Record<string, unknown> | null;
            created_at: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"] | null;
            payment: components["schemas"]["PaymentCore"];
            customer_payer?: Record<string, unknown> | null;
            simplified_mode?: boolean | null;
            receipt?: boolean | null;
            receipt_url?: string | null;
            receipt_language?: string | null;
        };
        CaptureRequest: {
            merchant_reference: string;
            reason: string;
            description?: string | null;
            /** @description Leave it out to capture the whole authorized amount (capture-payments.mdx; conflict capture-amount-required). */
            amount?: components["schemas"]["AmountRequest"] | null;
            simplified_mode?: boolean | null;
            additional_data?: Record<string, unknown> | null;
        };
        /** @enum {string} */
        CancelReason: "DUPLICATE" | "FRAUDULENT" | "REQUESTED_BY_CUSTOMER";
        /** @enum {string} */
        RefundReason: "DUPLICATE" | "FRAUDULENT" | "REQUESTED_BY_CUSTOMER" | "REVERSE";
        CancelRequest: {
            merchant_reference: string;
            reason?: components["schemas"]["CancelReason"] | null;
            description?: string | null;
            response_additional_data?: Record<string, unknown> | null;
        };
        RefundRequest: {
            merchant_reference: string;
            reason?: components["schemas"]["RefundReason"] | null;
            description?: string | null;
            /** @description Omit for a full refund. */
            amount?: components["schemas"]["RefundAmountRequest"] | null;
            simplified_mode?: boolean | null;
            split_marketplace?: unknown[] | null;
            response_additional_data?: Record<string, unknown> | null;
            customer_payer?: Record<string, unknown> | null;
            payment_method?: Record<string, unknown> | null;
        };
        CancelOrRefundRequest: {
            reason: components["schemas"]["RefundReason"];
            merchant_reference?: string | null;
            description?: string | null;
            amount?: components["schemas"]["RefundAmountRequest"] | null;
            split_marketplace?: unknown[] | null;
            simplified_mode?: boolean | null;
            response_additional_data?: Record<string, unknown> | null;
            customer_payer?: Record<string, unknown> | null;
            payment_method?: Record<string, unknown> | null;
        };
        CancelOrRefundTransactionRequest: {
            reason?: components["schemas"]["RefundReason"] | null;
            merchant_reference?: string | null;
            description?: string | null;
            amount?: components["schemas"]["RefundAmountRequest"] | null;
            split_marketplace?: unknown[] | null;
            simplified_mode?: boolean | null;
            response_additional_data?: Record<string, unknown> | null;
            customer_payer?: Record<string, unknown> | null;
            payment_method?: Record<string, unknown> | null;
        };
        /** @description One evidence file. The pages add that it must be a PDF of at most 1 MB, in English or the country's language. */
        DisputeEvidence: {
            file_name: string;
            /** @enum {string} */
            content_type: "application/pdf";
            /** @enum {string} */
            content_category: "CANCEL_POLICY" | "CUSTOMER_INTERACTION" | "OTHERS" | "PAYMENT_DETAIL" | "PROOF_OF_AUTHENTICITY" | "PROOF_OF_DELIVERY" | "PROOF_OF_SERVICE" | "RECEIPT" | "REFUND_POLICY" | "SERVICE_AGREEMENT" | "TERMS_AND_CONDITIONS";
            /** @description The file, base64-encoded. The pages say "Max size 1MB" without saying whether before or after encoding; no bound is asserted. */
            content: string;
        };
        /** @description The body of both open and update (the two specs define it identically). */
        DisputeRequest: {
            account_id: string;
            evidence: components["schemas"]["DisputeEvidence"][];
        };
        /** @enum {string} */
        FulfillmentStatus: "PARTIAL" | "COMPLETED" | "REPLACEMENT" | "CANCELED";
        FulfillmentsRequest: {
            status: components["schemas"]["FulfillmentStatus"];
            fulfillments: {
                id: string;
                /** @enum {string} */
                type: "CUSTOM" | "MILITARY" | "ELECTRONIC" | "EXPRESS" | "STANDARD" | "SCHEDULED" | "ECONOMY" | "PRIORITY" | "SAME_DAY" | "NEXT_DAY" | "THIRD_DAY" | "STORE_PICK_UP" | "LOCKER_PICK_UP" | "OTHER";
                status: components["schemas"]["FulfillmentStatus"];
                description?: string | null;
                carriers?: {
                    id: string;
                    tracking_id: string[];
                    tracking_url: string[];
                    /** Format: date */
                    shipped_at?: string | null;
                    /** Format: date */
                    delivered_at?: string | null;
                }[] | null;
            }[];
            /**
             * @deprecated
             * @description Deprecated: use `fulfillments[].carriers`. The spec types it null, its own example sends an
             *     array (conflict fulfillments-carriers-placement).
             */
            carriers?: unknown[] | null;
        };
        IssuerList: {
            issuers: {
                id?: string | null;
                name?: string | null;
            }[];
        };
        /** @description The cardholder's browser as observed; forwarded to the 3DS2 server. */
        BrowserInfo: {
            user_agent: string;
            accept_header: string;
            color_depth: string;
            screen_height: string;
            screen_width: string;
            language: string;
            javascript_enabled?: boolean | null;
            java_enabled?: boolean | null;
            browser_time_difference?: string | null;
            /** @enum {string|null} */
            platform?: "WEB" | "IOS" | "ANDROID" | null;
            accept_content?: string | null;
            accept_browser?: string | null;
        };
        ThreeDSecureSetupRequest: {
            account_id: string;
            /** @enum {string} */
            type: "MERCHANT_PROVIDED";
            browser_info: components["schemas"]["BrowserInfo"];
            device_fingerprints?: {
                /** Format: uuid */
                provider_id: string;
                id: string;
            }[] | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description The setup: its id plus an echo of what was registered. collect_url, token, provider_id and
         *     timeout_value appear only in the guide's STANDARD responses.
         */
        ThreeDSecureSetup: {
            three_d_secure_setup_id: string;
            account_id?: string | null;
            type?: string | null;
            browser_info?: {
                user_agent?: string | null;
                accept_header?: string | null;
                color_depth?: string | null;
                screen_height?: string | null;
                screen_width?: string | null;
                language?: string | null;
                javascript_enabled?: boolean | null;
                java_enabled?: boolean | null;
                browser_time_difference?: string | null;
                platform?: string | null;
            } | null;
            device_fingerprints?: {
                provider_id?: string | null;
                id?: string | null;
            }[] | null;
            collect_url?: string | null;
            token?: string | null;
            provider_id?: string | null;
            timeout_value?: number | null;
        };
        /** @enum {string} */
        PaymentLinkStatus: "CREATED" | "USED" | "CANCELED" | "EXPIRED" | "ERROR";
        PaymentLinkCreateRequest: {
            account_id: string;
            description?: string | null;
            country: components["schemas"]["Country"];
            merchant_order_id?: string | null;
            amount: components["schemas"]["AmountRequest"];
            capture?: boolean | null;
            /** @description true means the link can be paid once. */
            one_time_use?: boolean | null;
            payments_number?: number | null;
            callback_url?: string | null;
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            payment_method_types: components["schemas"]["PaymentMethodType"][];
            metadata?: components["schemas"]["Metadata"];
            type?: string | null;
            status?: string | null;
            payment_method?: Record<string, unknown> | null;
            installments_plan?: Record<string, unknown> | null;
            timezone?: string | null;
            split_payment_methods?: boolean | null;
            taxes?: unknown[] | null;
            customer_payer?: Record<string, unknown> | null;
            additional_data?: Record<string, unknown> | null;
            vault_on_success?: boolean | null;
        };
        /**
         * @description A payment link. Create names its identifier `id`, retrieve and cancel name it `code`; one of the
         *     two must be present (rule payment-link-identifier) and it is what `{code}` takes.
         */
        PaymentLink: {
            id?: string | null;
            code?: string | null;
            status: components["schemas"]["PaymentLinkStatus"];
            country: components["schemas"]["Country"];
            description?: string | null;
            merchant_order_id?: string | null;
            amount: components["schemas"]["Amount"];
            capture?: boolean | null;
            one_time_use?: boolean | null;
            payments_number: number;
            payment_method_types: components["schemas"]["PaymentMethodType"][];
            availability?: {
                /** Format: date-time */
                start_at?: string | null;
                /** Format: date-time */
                finish_at?: string | null;
            } | null;
            /** Format: uri */
            checkout_url: string;
            callback_url?: string | null;
            account_id?: string | null;
            metadata?: components["schemas"]["Metadata"];
            payments?: Record<string, unknown>[] | null;
            split_payment_methods?: boolean | null;
            installments_plan?: Record<string, unknown> | null;
            customer_payer?: Record<string, unknown> | null;
            taxes?: unknown[] | null;
            additional_data?: Record<string, unknown> | null;
            merchant_image?: string | null;
            organization_code?: string | null;
            account_code?: string | null;
        };
        Document: {
            document_type?: string | null;
            document_number?: string | null;
        } | null;
        Phone: {
            number?: string | null;
            country_code?: string | null;
        } | null;
        Address: {
            address_line_1?: string | null;
            address_line_2?: string | null;
            country?: string | null;
            state?: string | null;
            city?: string | null;
            zip_code?: string | null;
            neighborhood?: string | null;
            building_number_1?: string | null;
            building_number_2?: string | null;
        } | null;
        CustomerCreateRequest: {
            merchant_customer_id: string;
            first_name?: string | null;
            last_name?: string | null;
            email?: string | null;
            /** @enum {string|null} */
            gender?: "M" | "F" | "NB" | "NA" | "NK" | "U" | null;
            /** Format: date */
            date_of_birth?: string | null;
            nationality?: components["schemas"]["CountryCode"] | null;
            country?: components["schemas"]["CountryCode"] | null;
            document?: components["schemas"]["Document"];
            phone?: components["schemas"]["Phone"];
            billing_address?: components["schemas"]["Address"];
            shipping_address?: components["schemas"]["Address"];
            metadata?: components["schemas"]["Metadata"];
            /**
             * Format: date-time
             * @description create-customer.json: Customer's registration date on the merchants platform (ISO 8601).
             */
            merchant_customer_created_at?: string | null;
        };
        CustomerUpdateRequest: {
            merchant_customer_id?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            email?: string | null;
            /** @enum {string|null} */
            gender?: "M" | "F" | "NB" | "NA" | "NK" | "U" | null;
            /** Format: date */
            date_of_birth?: string | null;
            nationality?: components["schemas"]["CountryCode"] | null;
            country?: components["schemas"]["CountryCode"] | null;
            document?: components["schemas"]["Document"];
            phone?: components["schemas"]["Phone"];
            billing_address?: components["schemas"]["Address"];
            shipping_address?: components["schemas"]["Address"];
            metadata?: components["schemas"]["Metadata"];
            /**
             * Format: date-time
             * @description update-customer.json: Customer's registration date on the merchants platform (ISO 8601).
             */
            merchant_customer_created_at?: string | null;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            merchant_customer_id: string;
            first_name?: string | null;
            last_name?: string | null;
            email?: string | null;
            gender?: string | null;
            date_of_birth?: string | null;
            nationality?: string | null;
            country?: string | null;
            document?: components["schemas"]["Document"];
            phone?: components["schemas"]["Phone"];
            billing_address?: components["schemas"]["Address"];
            shipping_address?: components["schemas"]["Address"];
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** Format: date-time */
            merchant_customer_created_at?: string | null;
        };
        CustomerSessionCreateRequest: {
            account_id: string;
            country: components["schemas"]["Country"];
            /** Format: uuid */
            customer_id: string;
            callback_url?: string | null;
            /** Format: uuid */
            checkout_id?: string | null;
        };
        CustomerSession: {
            /** Format: uuid */
            customer_session: string;
            /** Format: uuid */
            customer_id: string;
            country: components["schemas"]["CountryCode"];
            callback_url?: string | null;
            checkout_id?: string | null;
            created_at: components["schemas"]["DateTime"];
        };
        /**
         * @description The 11 payment-method (enrollment) statuses; transitions in specs/payment-method-status.yaml.
         * @enum {string}
         */
        PaymentMethodStatus: "CREATED" | "EXPIRED" | "REJECTED" | "READY_TO_ENROLL" | "DECLINED" | "CANCELED" | "ENROLL_IN_PROCESS" | "ENROLLED" | "UNENROLL_IN_PROCESS" | "UNENROLLED" | "ERROR";
        /** @description Verify the card with a zero-amount verification before vaulting it (a CARD route provider is needed). */
        EnrollVerifyRequest: {
            vault_on_success: boolean;
            currency?: components["schemas"]["CurrencyCode"] | null;
        };
        SessionEnrollRequest: {
            account_id: string;
            /**
             * @description The type to enroll; the union of the spec's enum and the reference page's table (conflict checkout-enroll-types).
             * @enum {string}
             */
            payment_method_type: "CARD" | "MERCADO_PAGO_WALLET" | "NEQUI" | "BANCOLOMBIA_TOKENBOX" | "NU_PAY_ENROLLMENT" | "PAYPAL_ENROLLMENT" | "DAVIPLATA_ENROLLMENT" | "WALLET_CONNECT" | "YAPE_ENROLLMENT" | "SMART_PIX" | "ASTROPAY_ENROLLABLE" | "PIX_BIOMETRICO";
            country: components["schemas"]["Country"];
            /** @description false keeps this card out of Card Account Updater. */
            account_updater?: boolean | null;
            verify?: components["schemas"]["EnrollVerifyRequest"] | null;
        };
        /**
         * @description The direct-workflow enrollment. card_data's number and expiry are required unless the
         *     request enrolls a provider token (provider_data), as the spec's "Provider token enrollment"
         *     example does (conflict enroll-card-data-required).
         */
        EnrollRequest: {
            account_id: string;
            country: components["schemas"]["Country"];
            /** @enum {string} */
            type: "CARD" | "ACH_ENROLLMENT" | "NU_PAY_ENROLLMENT";
            /** @enum {string|null} */
            workflow?: "DIRECT" | null;
            callback_url?: string | null;
            /** Format: uuid */
            token?: string | null;
            parent_type?: string | null;
            account_updater?: boolean | null;
            card_data?: {
                number?: string | null;
                expiration_month?: number | null;
                expiration_year?: number | null;
                security_code?: string | null;
                holder_name?: string | null;
                brand?: string | null;
                /** @description Last four digits; sent with a provider token (spec example "Provider token enrollment"). */
                lfd?: string | null;
                scheme?: string | null;
                soft_descriptor?: string | null;
                card_pin?: string | null;
                /** @enum {string|null} */
                authentication_method?: "FIDO2" | "OWN_CREDENTIALS" | "FEDERATED_ID" | null;
            } | null;
            customer_payer?: {
                code?: string | null;
                organization_customer_external_id?: string | null;
                email?: string | null;
                ip_address?: string | null;
                browser_info?: {
                    user_agent?: string | null;
                } | null;
            } | null;
            payment_method?: {
                type?: string | null;
                vault_on_success?: boolean | null;
                /** @description Bank transfers only - store the details and enroll at once (ENROLLED) without the provider. */
                vault_only?: boolean | null;
                detail?: {
                    bank_transfer?: components["schemas"]["EnrollBankTransfer"] | null;
                } | null;
            } | null;
            provider_data?: {
                id: string;
                /** @enum {string|null} */
                token_source?: "PROVIDER_API" | "MIGRATION_FILE" | "PROVIDER_TOKEN" | null;
                payment_method_token?: string | null;
                /** Format: uuid */
                connection_id?: string | null;
            } | null;
            /** @description As the checkout enrollment's verify, with metadata for the verification payment ("Up to 120 items" of {key, value}). */
            verify?: (components["schemas"]["EnrollVerifyRequest"] & {
                metadata?: components["schemas"]["Metadata"];
            }) | null;
            recurring_payment?: {
                regular_billing?: {
                    label?: string | null;
                    /** @description Not AmountRequest - the spec marks neither currency nor value required here. */
                    amount?: {
                        currency?: components["schemas"]["CurrencyCode"] | null;
                        value?: components["schemas"]["AmountValue"] | null;
                    } | null;
                    /** @enum {string|null} */
                    interval_unit?: "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
                    interval_count?: number | null;
                } | null;
            } | null;
        };
        /** @description The bank account of an ACH (or other mandate-based) enrollment. */
        EnrollBankTransfer: {
            /** @enum {string|null} */
            account_type?: "CHECKINGS" | "SAVINGS" | null;
            /** @enum {string|null} */
            account_holder_type?: "INDIVIDUAL" | "ENTITY" | null;
            bank_id?: string | null;
            bank_name?: string | null;
            bank_account?: string | null;
            beneficiary_name: string;
            branch?: string | null;
            branch_digit?: string | null;
            routing_number: string;
            code?: string | null;
            reference?: string | null;
            bank_account_mask_number?: string | null;
            mandate?: {
                id?: string | null;
                info?: string | null;
                received_status?: string | null;
                existing_status?: string | null;
                created_at?: components["schemas"]["DateTime"] | null;
                updated_at?: components["schemas"]["DateTime"] | null;
            } | null;
        };
        ReassignPaymentMethodRequest: {
            /** Format: uuid */
            customer_id: string;
        };
        AccountUpdaterRequest: {
            payment_method_ids: string[];
        };
        AccountUpdaterResult: {
            accepted: number;
        };
        EnrollablePaymentMethod: {
            name?: string | null;
            description?: string | null;
            type: string;
            category?: string | null;
            icon?: string | null;
            enrollment?: {
                session?: string | null;
                sdk_required_action?: boolean | null;
            } | null;
        };
        EnrollablePaymentMethodList: {
            payment_methods: components["schemas"]["EnrollablePaymentMethod"][];
        };
        /**
         * @description What Yuno keeps of a card: an enrolled one, or one behind a one-time-use token (the number
         *     itself never comes back there). `number` and `network_token` appear only in the PCI variant
         *     of retrieveEnrolledPaymentMethod.
         */
        PaymentMethodCardData: {
            iin?: string | null;
            lfd?: string | null;
            holder_name?: string | null;
            expiration_month?: number | null;
            expiration_year?: number | null;
            number_length?: number | null;
            security_code_length?: number | null;
            security_code_expires_in?: number | null;
            brand?: string | null;
            issuer?: string | null;
            issuer_name?: string | null;
            issuer_code?: string | null;
            country_code?: components["schemas"]["CountryCode"] | null;
            category?: string | null;
            type?: string | null;
            /** @description The same card enrolled twice keeps the same fingerprint; null for some providers. */
            fingerprint?: string | null;
            /** @description The full card number (PCI variant only). */
            number?: string | null;
            /** @description Present in the PCI variant when a network token was provisioned. */
            network_token?: {
                network?: string | null;
                /** @description The DPAN. */
                number?: string | null;
                status?: string | null;
                par?: string | null;
                network_token_id?: string | null;
                token_data?: {
                    iin?: string | null;
                    lfd?: string | null;
                    expiration_month?: number | null;
                    expiration_year?: number | null;
                } | null;
                response?: {
                    code?: string | null;
                    message?: string | null;
                } | null;
            } | null;
        } | null;
        /**
         * @description A payment method as any enrollment operation returns it. The checkout-workflow operations
         *     identify it by `id`; the direct-workflow ones by `vaulted_token` (also `id` on retrieve and
         *     unenroll). Only type and status are in every documented body (the direct ACH enrollment
         *     returns little else).
         */
        PaymentMethodBase: {
            /** Format: uuid */
            id?: string | null;
            idempotency_key?: string | null;
            account_id?: string | null;
            /** Format: uuid */
            customer_id?: string | null;
            name?: string | null;
            description?: string | null;
            icon?: string | null;
            /** @description The payment method type, or a card brand (VISA) before a checkout enrollment completes. */
            type: string;
            category?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            status: components["schemas"]["PaymentMethodStatus"];
            sub_status?: string | null;
            /** Format: uuid */
            vaulted_token?: string | null;
            parent_type?: string | null;
            callback_url?: string | null;
            /** @description What the merchant must do next (FORM, REDIRECT_URL in the examples; no list is documented). */
            action?: string | null;
            redirect_url?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            enrollment?: {
                /** @description The customer session; an empty string in the direct workflow. */
                session?: string | null;
                sdk_required_action?: boolean | null;
                /** @description The object page's and the webhook's name for sdk_required_action. */
                sdk_action_required?: boolean | null;
            } | null;
            provider?: {
                id?: string | null;
                type?: string | null;
                token?: string | null;
                provider_status?: string | null;
                enrollment_id?: string | null;
                /** @description Where the customer authorizes a checkout enrollment (guide, step 5); in no example. */
                redirect?: {
                    init_url?: string | null;
                } | null;
            } | null;
            customer_payer?: {
                first_name?: string | null;
                last_name?: string | null;
                email?: string | null;
                gender?: string | null;
                date_of_birth?: string | null;
                document?: components["schemas"]["Document"];
                phone?: components["schemas"]["Phone"];
                billing_address?: components["schemas"]["Address"];
            } | null;
            card_data?: components["schemas"]["PaymentMethodCardData"];
            last_successfully_used?: boolean | null;
            /** @description An empty string in the list example, null elsewhere (conflict last-used-at-empty). */
            last_successfully_used_at?: string | "" | null;
            preferred?: boolean | null;
            verify?: {
                vault_on_success?: boolean | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
                /** @description The zero-amount verification payment, when one was made. */
                payment?: components["schemas"]["PaymentCore"] | null;
            } | null;
            provider_data?: {
                raw_request?: Record<string, unknown> | null;
                raw_response?: Record<string, unknown> | null;
            } | null;
        };
        /** @description A stored payment method, carrying at least one identifier (id or vaulted_token). */
        PaymentMethod: components["schemas"]["PaymentMethodBase"] & ({
            id: string;
        } | {
            vaulted_token: string;
        });
        PaymentMethodList: {
            payment_methods: components["schemas"]["PaymentMethod"][];
        };
        CheckoutSessionCreateRequest: {
            account_id: string;
            merchant_order_id: string;
            payment_description: string;
            country: components["schemas"]["Country"];
            customer_id?: string | null;
            callback_url?: string | null;
            amount?: components["schemas"]["AmountRequest"] | null;
            /** @enum {string|null} */
            workflow?: "SDK_CHECKOUT" | "CHECKOUT" | "SDK_SEAMLESS" | null;
            metadata?: components["schemas"]["Metadata"];
            alternative_amount?: Record<string, unknown> | null;
            installments?: Record<string, unknown> | null;
            recurring_payment?: Record<string, unknown> | null;
            checkout_id?: string | null;
        };
        CheckoutSession: {
            /** Format: uuid */
            checkout_session: string;
            merchant_order_id: string;
            country: components["schemas"]["Country"];
            payment_description?: string | null;
            customer_id?: string | null;
            callback_url?: string | null;
            amount?: components["schemas"]["Amount"] | null;
            workflow?: string | null;
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["DateTime"];
            installments?: Record<string, unknown> | null;
            checkout_id?: string | null;
        };
        CheckoutPaymentMethod: {
            name: string;
            type: components["schemas"]["PaymentMethodType"];
            category?: string | null;
            description?: string | null;
            icon?: string | null;
            vaulted_token?: string | null;
            preferred?: boolean | null;
            checkout?: {
                session?: string | null;
                sdk_required_action?: boolean | null;
            } | null;
            last_successfully_used?: boolean | null;
            last_successfully_used_at?: string | null;
            card_data?: Record<string, unknown> | null;
        };
        /** @description The installment plan shown in the session; both fields are null when none was set. */
        CheckoutSessionInstallments: {
            plan_id?: string | null;
            plan?: {
                installment?: number | null;
                rate?: number | null;
            }[] | null;
        } | null;
        /**
         * @description A checkout session as retrieve and update return it. Retrieve names the identifier `id`, update
         *     (like create) names it `checkout_session`; one of the two is present (conflict
         *     retrieve-session-identifier). Expires 5 hours after creation; serves one payment (`used`).
         */
        CheckoutSessionDetail: {
            /** Format: uuid */
            id?: string | null;
            /** Format: uuid */
            checkout_session?: string | null;
            merchant_order_id: string;
            country: components["schemas"]["Country"];
            payment_description?: string | null;
            customer_id?: string | null;
            callback_url?: string | null;
            amount?: components["schemas"]["Amount"] | null;
            created_at: components["schemas"]["DateTime"];
            metadata?: components["schemas"]["Metadata"];
            workflow?: string | null;
            installments?: components["schemas"]["CheckoutSessionInstallments"];
            /** @description Whether the session already served a payment. */
            used?: boolean | null;
            checkout_id?: string | null;
        } & ({
            id: string;
        } | {
            checkout_session: string;
        });
        /**
         * @description Only the fields sent change. The spec requires the same four fields as create (conflict
         *     update-session-required-fields); amounts need both currency and value.
         */
        CheckoutSessionUpdateRequest: {
            account_id: string;
            /** Format: uuid */
            customer_id?: string | null;
            merchant_order_id: string;
            payment_description: string;
            callback_url?: string | null;
            country: components["schemas"]["Country"];
            amount?: components["schemas"]["AmountRequest"] | null;
            /** @description The amount in another currency, currency and value (the spec types currency nullable yet requires it; a required field is never null here). */
            alternative_amount?: components["schemas"]["AmountRequest"] | null;
            metadata?: components["schemas"]["Metadata"];
            /** @enum {string|null} */
            workflow?: "SDK_CHECKOUT" | "CHECKOUT" | "SDK_SEAMLESS" | null;
            installments?: {
                plan_id?: string | null;
                plan?: {
                    installment: number;
                    /** @description A multiplier (1.20 for 20 percent). */
                    rate: number;
                }[] | null;
            } | null;
        };
        /**
         * @description The spec requires only `payment_method` (with no declared properties); its example also sends
         *     `account_id` and the card a second time as top-level `card_data` (conflict sdk-token-request-shape).
         */
        CheckoutTokenRequest: {
            payment_method: {
                type?: components["schemas"]["PaymentMethodType"] | null;
                card?: {
                    number?: string | null;
                    expiration_month?: number | null;
                    expiration_year?: number | null;
                    security_code?: string | null;
                    holder_name?: string | null;
                } | null;
            };
            account_id?: string | null;
            card_data?: Record<string, unknown> | null;
        };
        TokenCardRequest: {
            number: string;
            expiration_month: number;
            /** @description YY or YYYY. */
            expiration_year: number;
            security_code?: string | null;
            holder_name: string;
            stored_credentials?: {
                /** @enum {string|null} */
                reason?: "CARD_ON_FILE" | "SUBSCRIPTION" | "UNSCHEDULED_CARD_ON_FILE" | null;
                /** @enum {string|null} */
                usage?: "FIRST" | "USED" | null;
                subscription_agreement_id?: string | null;
                network_transaction_id?: string | null;
            } | null;
        };
        TokenCreateRequest: {
            account_id: string;
            country?: components["schemas"]["CountryCode"] | null;
            card_data: components["schemas"]["TokenCardRequest"];
            customer_payer?: {
                first_name?: string | null;
                last_name?: string | null;
                /** Format: email */
                email?: string | null;
                /** @enum {string|null} */
                gender?: "M" | "F" | "NA" | "NK" | null;
                /** Format: date */
                date_of_birth?: string | null;
                nationality?: string | null;
                ip_address?: string | null;
                phone?: {
                    country_code: string;
                    number: string;
                } | null;
                billing_address?: Record<string, unknown> | null;
                shipping_address?: Record<string, unknown> | null;
                document?: Record<string, unknown> | null;
                browser_info?: Record<string, unknown> | null;
                device_fingerprints?: {
                    provider_id?: string | null;
                    id?: string | null;
                }[] | null;
            } | null;
        };
        /**
         * @description A one-time-use token. The direct operation returns `token` and `card_data`; the session operation
         *     adds the payment method type, vaulting flags, country and null customer fields.
         */
        OneTimeToken: {
            token: string;
            vaulted_token?: string | null;
            vault_on_success?: boolean | null;
            type?: components["schemas"]["PaymentMethodType"] | null;
            card_data?: components["schemas"]["PaymentMethodCardData"];
            country?: components["schemas"]["CountryCode"] | null;
            /** @description null in the only example; the docs give it no type. */
            customer?: Record<string, unknown> | unknown[] | string | number | boolean | null;
            customer_payer?: Record<string, unknown> | null;
            /** @description null in the only example; the docs give it no type. */
            installment?: Record<string, unknown> | unknown[] | string | number | boolean | null;
            /** @description null in the only example; the docs give it no type. */
            customer_session?: Record<string, unknown> | unknown[] | string | number | boolean | null;
        };
        /** @enum {string} */
        PayoutStatus: "CREATED" | "PENDING" | "SUCCEEDED" | "REJECTED" | "DECLINED" | "ERROR";
        PayoutCreateRequest: {
            account_id: string;
            merchant_reference: string;
            description?: string | null;
            country: components["schemas"]["Country"];
            purpose: string;
            amount: components["schemas"]["AmountRequest"];
            beneficiary: {
                merchant_beneficiary_id: string;
                country: components["schemas"]["Country"];
                first_name?: string | null;
                last_name?: string | null;
                email?: string | null;
                /** @enum {string|null} */
                national_entity?: "INDIVIDUAL" | "ENTITY" | null;
                legal_name?: string | null;
                date_of_birth?: string | null;
                document?: Record<string, unknown> | null;
                phone?: Record<string, unknown> | null;
                address?: Record<string, unknown> | null;
            };
            withdrawal_method: {
                type: string;
                provider_id: string;
                detail?: {
                    bank_transfer?: Record<string, unknown> | null;
                    wallet?: Record<string, unknown> | null;
                } | null;
                vaulted_token?: string | null;
                original_transaction_id?: string | null;
                /** @description The id of the referenced payment (UUID; 36 chars.). */
                original_payment_id?: string | null;
                on_hold?: boolean | null;
            };
            metadata?: components["schemas"]["Metadata"];
        };
        Payout: {
            id: string;
            account_id?: string | null;
            status: components["schemas"]["PayoutStatus"];
            merchant_reference: string;
            purpose?: string | null;
            country: components["schemas"]["Country"];
            description?: string | null;
            amount: components["schemas"]["Amount"];
            beneficiary?: {
                merchant_beneficiary_id?: string | null;
                national_entity?: string | null;
                first_name?: string | null;
                last_name?: string | null;
                legal_name?: string | null;
                email?: string | null;
                country?: string | null;
                date_of_birth?: string | null;
                document?: Record<string, unknown> | null;
                phone?: Record<string, unknown> | null;
                address?: Record<string, unknown> | null;
            } | null;
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"] | null;
            transactions?: {
                id: string;
                status: components["schemas"]["PayoutStatus"];
                type: string;
                response_code?: string | null;
                merchant_reference?: string | null;
                purpose?: string | null;
                description?: string | null;
                amount?: components["schemas"]["Amount"] | null;
                withdrawal_method?: {
                    type?: string | null;
                    provider_id?: string | null;
                    original_transaction_id?: string | null;
                    detail?: {
                        bank_transfer?: Record<string, unknown> | null;
                        wallet?: Record<string, unknown> | null;
                    } | null;
                } | null;
                provider_data?: {
                    id?: string | null;
                    transaction_id?: string | null;
                    account_id?: string | null;
                    beneficiary_id?: string | null;
                    status?: string | null;
                    status_detail?: string | null;
                    raw_response?: string | null;
                } | null;
                created_at?: components["schemas"]["DateTime"] | null;
                updated_at?: components["schemas"]["DateTime"] | null;
            }[] | null;
        };
        /** @enum {string} */
        ReportStatus: "IN_PROCESS" | "SUCCEEDED" | "DOWNLOADED" | "EXPIRED" | "FAILED" | "ERROR";
        /**
         * @description The type of a report in an answer: the create spec's six and the object page's SETTLEMENTS (conflict report-type-names).
         * @enum {string}
         */
        ReportType: "PAYOUTS" | "PAYMENTS" | "TRANSACTIONS" | "SETTLEMENTS" | "SETTLEMENT_FEES" | "RECONCILIATION_OVERVIEW" | "COMMUNICATIONS";
        /**
         * @description The types a report can be asked for (create-a-report.json type enum).
         * @enum {string}
         */
        ReportCreateType: "PAYOUTS" | "PAYMENTS" | "TRANSACTIONS" | "SETTLEMENT_FEES" | "RECONCILIATION_OVERVIEW" | "COMMUNICATIONS";
        ReportCreateRequest: {
            type: components["schemas"]["ReportCreateType"];
            start_date: components["schemas"]["DateTime"];
            end_date: components["schemas"]["DateTime"];
            merchant_reference_id?: string | null;
            account_id?: string | null;
            user_code?: string | null;
            acquirer?: string | null;
            payment_status?: string | null;
            payment_sub_status?: string | null;
            payment_method?: string | null;
            currency?: string | null;
            country?: string | null;
            transaction_type?: string | null;
            transaction_status?: string | null;
            /** Format: date-time */
            updated_at_start?: string | null;
            /** Format: date-time */
            updated_at_end?: string | null;
            columns?: string | null;
            metadata_fields?: string | null;
        };
        Report: {
            id: string;
            type: components["schemas"]["ReportType"];
            status: components["schemas"]["ReportStatus"];
            start_date: components["schemas"]["DateTime"];
            end_date: components["schemas"]["DateTime"];
            merchant_reference_id?: string | null;
            created_at: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"] | null;
            /** @description Empty until the report is ready. */
            expires_at?: string | "" | null;
        };
        ReportDownload: {
            type?: components["schemas"]["ReportType"] | null;
            download_link: string;
            status: components["schemas"]["ReportStatus"];
        };
        /** @description The v2 payment event. version and retry are integers, as every example has them. */
        PaymentWebhookEvent: {
            /** @constant */
            type: "payment";
            /** @enum {string} */
            type_event: "payment.purchase" | "payment.authorize" | "payment.capture" | "payment.refund" | "payment.cancel" | "payment.verify" | "payment.chargeback" | "payment.fraud_screening";
            account_id: string;
            retry: number;
            /** @constant */
            version: 2;
            data: {
                payment: components["schemas"]["PaymentCore"];
            };
        };
        /** @description The v2 enrollment event: the payment method under data.payment_method. version and retry are integers, as in the example. The example carries the card under payment_method.detail.card, not card_data (conflict enrollment-webhook-card-field). */
        EnrollmentWebhookEvent: {
            /** @constant */
            type: "enrollment";
            /** @enum {string} */
            type_event: "enrollment.enroll" | "enrollment.unenroll" | "enrollment.expiration" | "enrollment.update";
            account_id: string;
            retry: number;
            /** @constant */
            version: 2;
            data: {
                payment_method: components["schemas"]["PaymentMethod"];
            };
        };
        /**
         * @description ACTIVE webhooks are notified, INACTIVE ones are not. A webhook starts ACTIVE.
         * @enum {string}
         */
        WebhookState: "ACTIVE" | "INACTIVE";
        /** @enum {string} */
        WebhookEnrollmentTrigger: "ENROLL" | "UNENROLL";
        /** @enum {string} */
        WebhookPaymentTrigger: "AUTHORIZE" | "CANCEL" | "CAPTURE" | "CHARGEBACK" | "PRECHARGEBACK" | "PURCHASE" | "REFUND" | "VERIFY";
        /** @enum {string} */
        WebhookReportTrigger: "CREATE" | "UPDATE";
        /**
         * @description The index page's list; manage-webhooks.json lacks the three PLAN_* values (conflict webhook-subscription-triggers).
         * @enum {string}
         */
        WebhookSubscriptionTrigger: "ACTIVE" | "CANCEL" | "CLOSE_TO_RENEWAL" | "COMPLETE" | "CREATE" | "PAUSE" | "PLAN_CHANGE_CANCELED" | "PLAN_CHANGE_SCHEDULED" | "PLAN_CHANGED" | "RESUME";
        /** @enum {string} */
        WebhookOnboardingTrigger: "BLOCKED" | "CANCELLED" | "CREATED" | "DECLINED" | "ERROR" | "EXPIRED" | "INACTIVE" | "PENDING" | "SUCCEEDED" | "TRANSFERRED" | "UNBLOCKED";
        /**
         * @description A write-only secret as read back.
         * @enum {unknown}
         */
        WebhookMaskedSecret: "***" | null;
        /** @description A webhook configuration as every operation of the webhook API returns it. */
        Webhook: {
            id: string;
            /** Format: uuid */
            account_id?: string | null;
            name?: string | null;
            state?: components["schemas"]["WebhookState"] | null;
            url?: string | null;
            api_key?: components["schemas"]["WebhookMaskedSecret"];
            secret?: components["schemas"]["WebhookMaskedSecret"];
            hmac_client_secret?: components["schemas"]["WebhookMaskedSecret"];
            oauth2_authentication_url?: string | null;
            oauth2_client_secret?: components["schemas"]["WebhookMaskedSecret"];
            oauth2_client_id?: string | null;
            oauth2_grant_type?: string | null;
            oauth2_scope?: string | null;
            oauth2_authorization_name?: string | null;
            oauth2_include_client_id?: boolean | null;
            enrollment_triggers?: components["schemas"]["WebhookEnrollmentTrigger"][] | null;
            payment_triggers?: components["schemas"]["WebhookPaymentTrigger"][] | null;
            report_triggers?: components["schemas"]["WebhookReportTrigger"][] | null;
            subscription_triggers?: components["schemas"]["WebhookSubscriptionTrigger"][] | null;
            onboarding_triggers?: components["schemas"]["WebhookOnboardingTrigger"][] | null;
            renewal_days?: number | null;
            created_at?: components["schemas"]["DateTime"] | null;
            /** @description Equal to created_at until the first update. */
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description account_id, name and url, at least one trigger, and any delivery-authentication fields. oauth2_scope
         *     can only be set by update.
         */
        WebhookCreateRequest: {
            /** Format: uuid */
            account_id: string;
            /** @description Unique within the account. */
            name: string;
            /** Format: uri */
            url: string;
            /** @description Sent as the x-api-key header on every delivery. */
            api_key?: string | null;
            /** @description Sent as the x-secret header on every delivery. */
            secret?: string | null;
            /** @description Key of the x-hmac-signature. */
            hmac_client_secret?: string | null;
            oauth2_authentication_url?: string | null;
            oauth2_client_id?: string | null;
            oauth2_client_secret?: string | null;
            oauth2_grant_type?: string | null;
            /** @description Defaults to Authorization. */
            oauth2_authorization_name?: string | null;
            oauth2_include_client_id?: boolean | null;
            enrollment_triggers?: components["schemas"]["WebhookEnrollmentTrigger"][] | null;
            payment_triggers?: components["schemas"]["WebhookPaymentTrigger"][] | null;
            report_triggers?: components["schemas"]["WebhookReportTrigger"][] | null;
            subscription_triggers?: components["schemas"]["WebhookSubscriptionTrigger"][] | null;
            onboarding_triggers?: components["schemas"]["WebhookOnboardingTrigger"][] | null;
            renewal_days?: number | null;
        } & (({
            enrollment_triggers: unknown[];
        } | {
            payment_triggers: unknown[];
        } | {
            report_triggers: unknown[];
        } | {
            subscription_triggers: unknown[];
        } | {
            onboarding_triggers: unknown[];
        }) & unknown & unknown & unknown & unknown & unknown);
        /**
         * @description account_id plus the fields to change. Triggers replace the stored list; an omitted secret is kept,
         *     an empty one removed. clear_renewal_days true removes renewal_days.
         */
        WebhookUpdateRequest: {
            /** Format: uuid */
            account_id: string;
            name?: string | null;
            state?: components["schemas"]["WebhookState"] | null;
            /** Format: uri */
            url?: string | null;
            api_key?: string | null;
            secret?: string | null;
            hmac_client_secret?: string | null;
            oauth2_authentication_url?: string | null;
            oauth2_client_id?: string | null;
            oauth2_client_secret?: string | null;
            oauth2_grant_type?: string | null;
            oauth2_scope?: string | null;
            oauth2_authorization_name?: string | null;
            oauth2_include_client_id?: boolean | null;
            enrollment_triggers?: components["schemas"]["WebhookEnrollmentTrigger"][] | null;
            payment_triggers?: components["schemas"]["WebhookPaymentTrigger"][] | null;
            report_triggers?: components["schemas"]["WebhookReportTrigger"][] | null;
            subscription_triggers?: components["schemas"]["WebhookSubscriptionTrigger"][] | null;
            onboarding_triggers?: components["schemas"]["WebhookOnboardingTrigger"][] | null;
            renewal_days?: number | null;
            clear_renewal_days?: boolean | null;
        } & (unknown & unknown & unknown & unknown);
        /** @enum {string} */
        PlanStatus: "ACTIVE" | "CANCELED";
        PlanFrequency: {
            /** @enum {string} */
            type: "DAY" | "WEEK" | "MONTH" | "YEAR";
            value: number;
        };
        PlanAmount: {
            currency: components["schemas"]["CurrencyCode"];
            value: components["schemas"]["AmountValue"];
        };
        PlanCountryPrice: {
            country?: components["schemas"]["CountryCode"] | null;
            amount?: components["schemas"]["PlanAmount"] | null;
        };
        PlanMetadata: {
            key?: string | null;
            value?: string | null;
        }[] | null;
        PlanPhase: {
            order: number;
            name: string;
            /** @enum {string} */
            type: "TRIAL" | "REGULAR";
            duration?: {
                /** @enum {string|null} */
                type?: "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
                value?: number | null;
            } | null;
            frequency?: {
                /** @enum {string|null} */
                type?: "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
                value?: number | null;
            } | null;
            amount?: components["schemas"]["PlanAmount"] | null;
            country_prices?: components["schemas"]["PlanCountryPrice"][] | null;
            total_payments?: number | null;
        };
        PlanCreateRequest: {
            name: string;
            description?: string | null;
            merchant_reference?: string | null;
            base_amount: components["schemas"]["PlanAmount"];
            frequency: components["schemas"]["PlanFrequency"];
            country_prices?: components["schemas"]["PlanCountryPrice"][] | null;
            allowed_payment_methods?: string[] | null;
            metadata?: components["schemas"]["PlanMetadata"];
            phases?: components["schemas"]["PlanPhase"][] | null;
        };
        Plan: {
            id: string;
            account_id?: string | null;
            account_ids?: string[] | null;
            name?: string | null;
            description?: string | null;
            merchant_reference?: string | null;
            status: components["schemas"]["PlanStatus"];
            base_amount?: components["schemas"]["PlanAmount"] | null;
            frequency?: components["schemas"]["PlanFrequency"] | null;
            country_prices?: components["schemas"]["PlanCountryPrice"][] | null;
            allowed_payment_methods?: string[] | null;
            metadata?: components["schemas"]["PlanMetadata"];
            phases?: components["schemas"]["PlanPhase"][] | null;
            subscribers_count?: number | null;
            countries?: components["schemas"]["CountryCode"][] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        PlanList: {
            items: components["schemas"]["Plan"][];
            pagination?: {
                page?: number | null;
                size?: number | null;
                total?: number | null;
                total_pages?: number | null;
            } | null;
        };
        PlanStatusRequest: {
            /** @enum {string} */
            status: "CANCELED";
        };
        PlanCanceled: {
            id: string;
            status: components["schemas"]["PlanStatus"];
            affected_subscriptions?: number | null;
        };
        PlanError400: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "BAD_REQUEST" | "INVALID_STATE";
        };
        PlanError404: {
            /** @enum {string} */
            code: "PLAN_NOT_FOUND" | "NOT_FOUND";
            messages: string[];
        };
        /**
         * @description The eight statuses of status-subscriptions.mdx (the object page lists seven, without ERROR: conflict subscription-error-status); transitions in specs/subscription-status.yaml.
         * @enum {string}
         */
        SubscriptionStatus: "CREATED" | "ACTIVE" | "TRIALING" | "PAST_DUE" | "PAUSED" | "COMPLETED" | "CANCELED" | "ERROR";
        /**
         * @description create-subscription.json frequency.type: "DAY, WEEK, MONTH, YEAR"; the-subscription-object.mdx: "DAY, WEEK, MONTH, or YEAR". Update takes three of them (SubscriptionUpdateRequest).
         * @enum {string}
         */
        SubscriptionFrequencyType: "DAY" | "WEEK" | "MONTH" | "YEAR";
        /** @description The amount of each charge (or of the trial's charges) as a request sends it. */
        SubscriptionAmount: {
            currency: components["schemas"]["CurrencyCode"];
            value: components["schemas"]["AmountValue"];
        };
        /** @description An amount as the subscription answers carry it (the subscription's, a phase's, a payment's, a line item's); neither field is marked required there. */
        SubscriptionMoney: {
            currency?: components["schemas"]["CurrencyCode"] | null;
            value?: components["schemas"]["AmountValue"] | null;
        };
        /**
         * @description Key/value pairs. The pages also say a key is unset by posting an empty value, so a value's
         *     MIN 1 is not asserted (conflict subscription-metadata-value-empty); keys stay 1 to 48 characters.
         */
        SubscriptionMetadata: components["schemas"]["SubscriptionMetadataEntry"][];
        SubscriptionMetadataEntry: {
            key: string;
            value: string;
        };
        /** @description additional_data.order.items, as create-subscription.json and the object page describe them. */
        SubscriptionOrderItems: {
            id?: string | null;
            name?: string | null;
            quantity?: number | null;
            unit_amount?: components["schemas"]["AmountValue"] | null;
            /** @enum {string|null} */
            category?: "art" | "baby" | "coupons" | "beauty_&_personal_care" | "donations" | "computing" | "books" | "grocery_&_gourmet_food" | "cameras" | "video_games" | "television" | "car_electronics" | "electronics" | "automotive" | "toys_&_games" | "musical_instruments" | "handmade" | "garden_&_outdoor" | "entertainment" | "industrial_&_scientific" | "fashion" | "games" | "pet_supplies" | "home" | "musical" | "phones" | "services" | "learnings" | "tickets" | "travels" | "virtual_goods" | "others" | null;
            brand?: string | null;
            sku_code?: string | null;
            manufacture_part_number?: string | null;
        }[];
        /** @description How declined charges are retried (docs/payment-features/subscriptions/retries.mdx). */
        SubscriptionRetriesRequest: {
            /** @description Whether a declined charge is retried at all (false by default). */
            retry_on_decline?: boolean | null;
            amount?: number | null;
            /** @enum {string|null} */
            strategy?: "DEFAULT" | "SMART" | "CUSTOM_SCHEDULE" | null;
            /** @description One entry per retry when strategy is CUSTOM_SCHEDULE ("the amounts of objects should match the amount of retries defined"). */
            schedule?: {
                attempt?: number | null;
                delay_seconds?: number | null;
            }[] | null;
            stop_on_hard_decline?: boolean | null;
            /** @description true cancels the subscription (cancellation_source RETRIES_EXHAUSTED) when a cycle's retries end without a successful payment. */
            cancel_on_exhausted_retries?: boolean | null;
        };
        /**
         * @description create-subscription.json marks amount required, but also says amount and plan_id are mutually
         *     exclusive, "send exactly one of the two" (conflict subscription-amount-or-plan): the contract asks
         *     for exactly one of them. With plan_id, trial_period and billing_date are refused (400 BAD_REQUEST)
         *     and frequency is ignored. billing_date and frequency are mutually exclusive.
         */
        SubscriptionCreateRequest: {
            name: string;
            description?: string | null;
            /** Format: uuid */
            account_id: string;
            merchant_reference?: string | null;
            soft_descriptor?: string | null;
            country: components["schemas"]["CountryCode"];
            amount?: components["schemas"]["SubscriptionAmount"] | null;
            /** @description The plan to subscribe the customer to; its cadence and price apply. */
            plan_id?: string | null;
            additional_data?: {
                order?: {
                    items?: components["schemas"]["SubscriptionOrderItems"] | null;
                } | null;
            } | null;
            frequency?: {
                type: components["schemas"]["SubscriptionFrequencyType"];
                value?: number | null;
            } | null;
            billing_cycles?: {
                total?: number | null;
            } | null;
            customer_payer?: {
                /** Format: uuid */
                id?: string | null;
            } | null;
            payment_method: {
                /**
                 * @description Both previously enrolled (vaulted_token); start-with-payment.mdx says only cards (conflict subscription-payment-method-types).
                 * @enum {string}
                 */
                type: "CARD" | "PAYPAL_ENROLLMENT";
                /** Format: uuid */
                vaulted_token?: string | null;
                card?: {
                    installments?: number | null;
                    network_transaction_id?: string | null;
                    /**
                     * @description Required in practice when a CIT payment preceded the subscription (create-subscription.mdx).
                     * @enum {string|null}
                     */
                    usage?: "FIRST" | "USED" | null;
                } | null;
            };
            trial_period?: {
                billing_cycles?: number | null;
                amount?: components["schemas"]["SubscriptionAmount"] | null;
            } | null;
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            metadata?: components["schemas"]["SubscriptionMetadata"] | null;
            retries?: components["schemas"]["SubscriptionRetriesRequest"] | null;
            /** @description true keeps the subscription CREATED until its first payment succeeds (false by default). */
            initial_payment_validation?: boolean | null;
            billing_date?: {
                /**
                 * @description create-subscription.json: "PREPAID, POSTDATE, DAY" (conflict subscription-billing-date-type).
                 * @enum {string|null}
                 */
                type?: "PREPAID" | "POSTDATE" | "DAY" | null;
                day?: number | null;
            } | null;
            subscription_agreement_id?: string | null;
        } & (({
            amount: Record<string, unknown>;
        } | {
            plan_id: string;
        }) & unknown & unknown & unknown);
        /**
         * @description Only what is sent changes. With plan_change (a plan-linked subscription), amount, frequency,
         *     billing_date and country are refused (400). availability, when sent, replaces finish_at as sent
         *     (omitted or null clears it); start_at can only move earlier.
         */
        SubscriptionUpdateRequest: {
            name?: string | null;
            description?: string | null;
            account_id?: string | null;
            merchant_reference?: string | null;
            soft_descriptor?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            amount?: components["schemas"]["SubscriptionAmount"] | null;
            frequency?: {
                /**
                 * @description update-subscription.json: "(DAY, WEEK, MONTH)"; the subscriptions guide: "see Create Subscription for the values each endpoint accepts".
                 * @enum {string}
                 */
                type: "DAY" | "WEEK" | "MONTH";
                value?: number | null;
                monthly_billing_day?: number | null;
            } | null;
            billing_cycles?: {
                /** @description Must be at least the current billing_cycles.current; a lower value is refused with 400. */
                total?: number | null;
            } | null;
            customer_payer?: {
                id: string;
            } | null;
            payment_method?: {
                /**
                 * @description The spec's enum has CARD only, its description "Supported types are CARD and PAYPAL_ENROLLMENT" (conflict subscription-payment-method-types).
                 * @enum {string|null}
                 */
                type?: "CARD" | "PAYPAL_ENROLLMENT" | null;
                vaulted_token?: string | null;
                card?: {
                    verify?: boolean | null;
                    card_data?: components["schemas"]["SubscriptionCardData"] | null;
                    /**
                     * @description Set it retroactively to fix rebills declined for missing credential usage (update-subscription.mdx).
                     * @enum {string|null}
                     */
                    usage?: "FIRST" | "USED" | null;
                } | null;
            } | null;
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            retries?: {
                retry_on_decline?: boolean | null;
                amount?: number | null;
                cancel_on_exhausted_retries?: boolean | null;
            } | null;
            /** @description Schedules a move to another plan at the next billing cycle; null undoes a pending change, omitting it leaves it alone. */
            plan_change?: components["schemas"]["SubscriptionPlanChange"] | null;
            /** @description update-subscription.json types metadata as one {key, value} object, every other source as an array (conflict subscription-metadata-shape): both are taken. */
            metadata?: components["schemas"]["SubscriptionMetadata"] | components["schemas"]["SubscriptionMetadataEntry"] | null;
        } & unknown;
        /** @description Raw card data (PCI-certified merchants only). */
        SubscriptionCardData: {
            number?: string | null;
            expiration_month?: number | null;
            expiration_year?: number | null;
            security_code?: number | null;
            holder_name?: string | null;
        };
        SubscriptionPlanChange: {
            /** @description The target plan; it must be ACTIVE and priced in the subscription's currency. */
            plan_id: string;
            /**
             * @description The default and only value.
             * @enum {string|null}
             */
            effective?: "NEXT_BILLING_CYCLE" | null;
            /**
             * @description START_FROM_REGULAR by default.
             * @enum {string|null}
             */
            phases_behavior?: "START_FROM_REGULAR" | "HONOR_PHASES" | null;
        };
        SubscriptionPlanChangeRequest: {
            /** Format: uuid */
            plan_id: string;
            /** @description Plan-to-plan changes only; true on a subscription not on a plan is refused with 400. Default false. */
            skip_trial?: boolean | null;
        };
        /** @description The payment method as a subscription answer carries it: one object. The pause, resume and cancel examples show an array of them (conflict subscription-action-answers). */
        SubscriptionPaymentMethod: {
            /** @enum {string|null} */
            type?: "CARD" | "PAYPAL_ENROLLMENT" | null;
            token?: string | null;
            vaulted_token?: string | null;
            card?: {
                installments?: number | null;
                network_transaction_id?: string | null;
                /** @enum {string|null} */
                usage?: "FIRST" | "USED" | null;
                verify?: boolean | null;
                card_data?: components["schemas"]["SubscriptionCardData"] | null;
            } | null;
        };
        /** @description The cadence; null on a subscription billed on a billing_date (list-subscriptions.json). */
        SubscriptionFrequency: {
            type?: components["schemas"]["SubscriptionFrequencyType"] | null;
            value?: number | null;
            monthly_billing_day?: number | null;
            /** @description Who runs the charges; change-subscription-plan.mdx names frequency.execution MERCHANT, the webhook payloads YUNO. */
            execution?: string | null;
        };
        /** @description One phase of the linked plan's ladder (phases[]); on the terminal REGULAR phase duration, frequency, amount and total_payments are null. */
        SubscriptionPhase: {
            order?: number | null;
            name?: string | null;
            /** @enum {string|null} */
            type?: "TRIAL" | "REGULAR" | null;
            duration?: {
                type?: string | null;
                value?: number | null;
            } | null;
            frequency?: {
                type?: string | null;
                value?: number | null;
            } | null;
            amount?: components["schemas"]["SubscriptionMoney"] | null;
            total_payments?: number | null;
            country_prices?: {
                country?: components["schemas"]["CountryCode"] | null;
                amount?: components["schemas"]["SubscriptionMoney"] | null;
            }[] | null;
        };
        /** @description One of the plan's leading TRIAL phases, snapshotted for this subscriber at creation (billing_phases[]). */
        SubscriptionBillingPhase: {
            order?: number | null;
            /**
             * @description Always TRIAL.
             * @enum {string|null}
             */
            type?: "TRIAL" | null;
            name?: string | null;
            amount?: components["schemas"]["SubscriptionMoney"] | null;
            frequency?: {
                type?: components["schemas"]["SubscriptionFrequencyType"] | null;
                value?: number | null;
            } | null;
            start_cycle?: number | null;
            end_cycle?: number | null;
        };
        /** @description A plan change scheduled with plan_change on updateSubscription, applied in place at the next billing cycle. */
        SubscriptionPendingPlanChange: {
            plan_id?: string | null;
            plan_name?: string | null;
            /** @enum {string|null} */
            direction?: "UPGRADE" | "DOWNGRADE" | null;
            /** @enum {string|null} */
            effective?: "NEXT_BILLING_CYCLE" | null;
            /** @enum {string|null} */
            phases_behavior?: "START_FROM_REGULAR" | "HONOR_PHASES" | null;
            applies_at?: components["schemas"]["DateTime"] | null;
            requested_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description A subscription, as every subscription operation answers it (list items carry a subset). No page
         *     marks a field of the object required but billing_cycles.next_at ("Always present") and
         *     customer_payer.id (id*). Timestamps are date-times without the object page's 27-character
         *     length (conflict subscription-timestamp-length). current_period_start and current_period_end
         *     come only from retrieveSubscription, once the first cycle was charged.
         */
        Subscription: {
            id?: string | null;
            name?: string | null;
            description?: string | null;
            account_id?: string | null;
            merchant_reference?: string | null;
            soft_descriptor?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            status?: components["schemas"]["SubscriptionStatus"] | null;
            /** @description MERCHANT, SYSTEM, PLAN_CHANGE or RETRIES_EXHAUSTED, set once CANCELED; the pages say to treat the list as open-ended, so no enum is asserted. */
            cancellation_source?: string | null;
            reason?: string | null;
            plan_id?: string | null;
            plan_assigned_at?: components["schemas"]["DateTime"] | null;
            /** @description The subscription a plan-to-plan change replaced. */
            previous_subscription_id?: string | null;
            phases?: components["schemas"]["SubscriptionPhase"][] | null;
            /** @enum {string|null} */
            current_phase?: "TRIAL" | "REGULAR" | null;
            billing_phases?: components["schemas"]["SubscriptionBillingPhase"][] | null;
            amount?: components["schemas"]["SubscriptionMoney"] | null;
            frequency?: components["schemas"]["SubscriptionFrequency"] | null;
            billing_cycles?: {
                total?: number | null;
                /** @description The next cycle to be charged, not the one in progress. */
                current?: number | null;
                next_at: components["schemas"]["DateTime"];
            } | null;
            current_period_start?: components["schemas"]["DateTime"] | null;
            current_period_end?: components["schemas"]["DateTime"] | null;
            billing_date?: {
                /**
                 * @description The three values of create-subscription.json and the object page's example PLAN_CREATION_DATE (conflict subscription-billing-date-type).
                 * @enum {string|null}
                 */
                type?: "PREPAID" | "POSTDATE" | "DAY" | "PLAN_CREATION_DATE" | null;
                day?: number | null;
            } | null;
            customer_payer?: {
                id: string;
            } | null;
            payment_method?: components["schemas"]["SubscriptionPaymentMethod"] | null;
            trial_period?: {
                billing_cycles?: number | null;
                amount?: {
                    currency?: string | null;
                    value?: components["schemas"]["AmountValue"] | null;
                } | null;
            } | null;
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            retries?: {
                retry_on_decline?: boolean | null;
                amount?: number | null;
                /** @description DEFAULT, SMART or CUSTOM_SCHEDULE; "treat this field as open-ended", so no enum is asserted on answers. */
                strategy?: string | null;
                schedule?: {
                    attempt?: number | null;
                    delay_seconds?: number | null;
                }[] | null;
                stop_on_hard_decline?: boolean | null;
                cancel_on_exhausted_retries?: boolean | null;
            } | null;
            initial_payment_validation?: boolean | null;
            pending_plan_change?: components["schemas"]["SubscriptionPendingPlanChange"] | null;
            metadata?: components["schemas"]["SubscriptionMetadata"] | null;
            subscription_agreement_id?: string | null;
            /** @description Payment ids; list-subscription-payments.mdx calls it a legacy, always-empty field (conflict subscription-payments-field). */
            payments?: string[] | null;
            renewal_notification_days?: number | null;
            cancellation_time?: components["schemas"]["DateTime"] | null;
            ending_time?: components["schemas"]["DateTime"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            additional_data?: {
                order?: {
                    items?: components["schemas"]["SubscriptionOrderItems"] | null;
                } | null;
            } | null;
        };
        SubscriptionPagination: {
            /** @description Echoes the request. */
            page?: number | null;
            /** @description Echoes the request. */
            size?: number | null;
            /** @description Subscriptions matching the filters, across every page. */
            total?: number | null;
            total_pages?: number | null;
        };
        /** @description A page of subscriptions, newest first; each item is a summary of the subscription. */
        SubscriptionList: {
            items?: components["schemas"]["Subscription"][] | null;
            pagination?: components["schemas"]["SubscriptionPagination"] | null;
        };
        /** @description One billing attempt of a subscription, with its plan and phase context. */
        SubscriptionPayment: {
            id?: string | null;
            /** @description The payment of the charge (retrievePayment takes it). */
            payment_id?: string | null;
            idempotency_key?: string | null;
            /**
             * @description list-subscription-payments.json: "Platform vocabulary: SUCCEEDED, DECLINED, REJECTED, ERROR, PENDING, CREATED, CANCELED".
             * @enum {string|null}
             */
            status?: "SUCCEEDED" | "DECLINED" | "REJECTED" | "ERROR" | "PENDING" | "CREATED" | "CANCELED" | null;
            sub_status?: string | null;
            /** @description null for $0 cycles, the starter row and older rows. */
            provider?: string | null;
            payment_method?: {
                id?: string | null;
                type?: string | null;
            } | null;
            amount?: components["schemas"]["SubscriptionMoney"] | null;
            currency?: components["schemas"]["CurrencyCode"] | null;
            subtotal?: components["schemas"]["AmountValue"] | null;
            /** @description 0 on a free cycle (there is no separate free status). */
            total?: components["schemas"]["AmountValue"] | null;
            plan_id?: string | null;
            line_items?: {
                type?: string | null;
                label?: string | null;
                service_period?: {
                    start?: components["schemas"]["DateTime"] | null;
                    end?: components["schemas"]["DateTime"] | null;
                } | null;
                amount?: components["schemas"]["SubscriptionMoney"] | null;
            }[] | null;
            phase?: {
                index?: number | null;
                name?: string | null;
                type?: string | null;
            } | null;
            /** @description 1..N within the phase; null on the starter row. */
            phase_payment?: number | null;
            /** @description 0 on the starter row, null on TRIAL-phase rows, 1.. from the first REGULAR-phase payment. */
            billing_cycle?: number | null;
            retry?: {
                count?: number | null;
                forced?: boolean | null;
            } | null;
            trace_id?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description The subscription's charges, most recent first. */
        SubscriptionPaymentList: {
            data?: components["schemas"]["SubscriptionPayment"][] | null;
            pagination?: {
                total?: number | null;
                limit?: number | null;
                offset?: number | null;
                has_more?: boolean | null;
            } | null;
        };
        /**
         * @description ACTIVE accepts usage and can be attached; INACTIVE is archived (reversible, no delete). Transitions in specs/meter-status.yaml.
         * @enum {string}
         */
        MeterStatus: "ACTIVE" | "INACTIVE";
        /**
         * @description How a cycle's events roll up (SUM adds consumed_value, COUNT counts events, LAST keeps the latest). Immutable after creation.
         * @enum {string}
         */
        MeterAggregation: "SUM" | "COUNT" | "LAST";
        /** @enum {string} */
        MeterPricingStrategy: "PER_UNIT" | "PACKAGE" | "TIERED";
        /** @description The key usage events name the meter by; unique per account across active and archived meters; immutable. */
        MeterEventName: string;
        /** @description A price as the meter answers carry it (default_price, price_per_credit, a country price). */
        MeterMoney: {
            currency?: components["schemas"]["CurrencyCode"] | null;
            value?: components["schemas"]["AmountValue"] | null;
        };
        /** @description The meter's price per unit beyond the included credits, inherited by USD plans. USD only; another currency is refused with 400 INVALID_PARAMETERS. */
        MeterDefaultPrice: {
            /** @enum {string} */
            currency: "USD";
            value: components["schemas"]["AmountValue"];
        };
        /** @description Key/value pairs of the meter; keys unique per meter (not expressible here). */
        MeterMetadata: {
            key: string;
            value: string;
        }[];
        MeterCreateRequest: {
            /** Format: uuid */
            account_id: string;
            name: string;
            description?: string | null;
            event_name: components["schemas"]["MeterEventName"];
            aggregation: components["schemas"]["MeterAggregation"];
            unit_label?: string | null;
            plural_unit_label?: string | null;
            default_price?: components["schemas"]["MeterDefaultPrice"] | null;
            metadata?: components["schemas"]["MeterMetadata"] | null;
            /** @description Ignored on creation; a new meter is always ACTIVE. */
            status?: components["schemas"]["MeterStatus"] | null;
        };
        /** @description At least one field. event_name and aggregation are immutable (sent, they are silently ignored); status INACTIVE archives the meter, ACTIVE reactivates it. */
        MeterUpdateRequest: {
            name?: string | null;
            description?: string | null;
            unit_label?: string | null;
            plural_unit_label?: string | null;
            default_price?: components["schemas"]["MeterDefaultPrice"] | null;
            status?: components["schemas"]["MeterStatus"] | null;
        };
        /** @description A meter. No page marks a field of the answer required. */
        Meter: {
            id?: string | null;
            account_id?: string | null;
            name?: string | null;
            description?: string | null;
            event_name?: components["schemas"]["MeterEventName"] | null;
            aggregation?: components["schemas"]["MeterAggregation"] | null;
            unit_label?: string | null;
            plural_unit_label?: string | null;
            default_price?: components["schemas"]["MeterMoney"] | null;
            metadata?: components["schemas"]["MeterMetadata"] | null;
            status?: components["schemas"]["MeterStatus"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        MeterPagination: {
            total?: number | null;
            limit?: number | null;
            offset?: number | null;
            /** @description true when more items exist beyond offset + limit. */
            has_more?: boolean | null;
        };
        /** @description The account's meters, archived ones included. */
        MeterList: {
            data?: components["schemas"]["Meter"][] | null;
            pagination?: components["schemas"]["MeterPagination"] | null;
        };
        /** @description Units of the meter included per billing cycle, in the meter's unit; decimals allowed; 0 bills every unit. */
        MeterCredits: number;
        /** @description The price per unit beyond the credits; its currency must be the plan's base currency (else 400 INVALID_PARAMETERS). */
        MeterPricePerCredit: {
            currency: components["schemas"]["CurrencyCode"];
            value: components["schemas"]["AmountValue"];
        };
        /** @description Per-country unit prices, one entry per country (a repeated country is refused with 400 INVALID_PARAMETERS). */
        MeterCountryPrices: {
            country: components["schemas"]["CountryCode"];
            amount: components["schemas"]["MeterPricePerCredit"];
        }[];
        /**
         * @description price_per_credit may be left out only when the plan's base currency is USD and the meter has a
         *     default_price (it is then answered as null); otherwise it is refused with 400 INVALID_PARAMETERS.
         */
        MeteredPriceAttachRequest: {
            meter_id: string;
            credits: components["schemas"]["MeterCredits"];
            pricing_strategy: components["schemas"]["MeterPricingStrategy"];
            price_per_credit?: components["schemas"]["MeterPricePerCredit"] | null;
            country_prices?: components["schemas"]["MeterCountryPrices"] | null;
        };
        /** @description At least one of the four fields; the currency rules of attach apply. The change applies to usage rated from the next billing cycle. */
        MeteredPriceUpdateRequest: {
            credits?: components["schemas"]["MeterCredits"] | null;
            pricing_strategy?: components["schemas"]["MeterPricingStrategy"] | null;
            price_per_credit?: components["schemas"]["MeterPricePerCredit"] | null;
            country_prices?: components["schemas"]["MeterCountryPrices"] | null;
        };
        /** @description A meter attached to a plan. No page marks a field of the answer required. */
        MeteredPrice: {
            id?: string | null;
            plan_id?: string | null;
            meter_id?: string | null;
            credits?: components["schemas"]["MeterCredits"] | null;
            pricing_strategy?: components["schemas"]["MeterPricingStrategy"] | null;
            /** @description null when inherited from the meter's default_price (USD plans). */
            price_per_credit?: components["schemas"]["MeterMoney"] | null;
            country_prices?: {
                country?: components["schemas"]["CountryCode"] | null;
                amount?: components["schemas"]["MeterMoney"] | null;
            }[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description Every metered price of a plan (Retrieve Plan carries the same list as meters[]). */
        MeteredPriceList: {
            data?: components["schemas"]["MeteredPrice"][] | null;
            pagination?: components["schemas"]["MeterPagination"] | null;
        };
        /**
         * @description One usage event. event_id is the idempotency key of billing: a replay answers the first response
         *     and never counts twice. consumed_value is required for SUM and LAST meters (400 INVALID_PARAMETERS
         *     otherwise) and defaults to 1 for COUNT; occurred_at may go back 35 days at most.
         */
        MeterUsageEventRequest: {
            /** @description Unique per account; a UUID or your own event or request id. */
            event_id: string;
            /** @description The event_name of an ACTIVE meter of the account (400 METER_NOT_FOUND otherwise). */
            event_name: string;
            subscription_id: string;
            /** @description Decimals allowed. */
            consumed_value?: number | null;
            /** @description Defaults to the time of receipt; decides the billing cycle. */
            occurred_at?: components["schemas"]["DateTime"] | null;
            metadata?: {
                key?: string | null;
                value?: string | null;
            }[] | null;
            /** @description Optional guard; it must be the meter event_name resolves to (400 INVALID_PARAMETERS otherwise). */
            meter_id?: string | null;
        };
        /** @description The stored event. A replay of the same event_id answers the first one, consumed_value included. */
        MeterUsageEvent: {
            id?: string | null;
            event_id?: string | null;
            event_name?: string | null;
            meter_id?: string | null;
            subscription_id?: string | null;
            consumed_value?: number | null;
            received_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description The accounts the plan is available to, one UUID each. */
        InstallmentPlanAccountIds: string[];
        /**
         * @description CARD matches by card IIN; NU_PAY_ENROLLMENT and APPLE_PAY match without one. A plan is offered only to the payment method it was created for.
         * @enum {string}
         */
        InstallmentPlanPaymentMethodType: "CARD" | "NU_PAY_ENROLLMENT" | "APPLE_PAY";
        /** @description One number of installments the plan offers. create-installments-plan.json requires installment; update-plan.json also rate. */
        InstallmentPlanOption: {
            /** @description The number of monthly installments the shopper can choose. */
            installment: number;
            /** @description A multiplier on the final amount: 1.20 for a 20% rate. */
            rate?: number | null;
            financial_costs?: {
                type: string;
                rate: number;
            }[] | null;
            /**
             * @description Only for Ecuador and Mexico.
             * @enum {string|null}
             */
            type?: "MERCHANT_INSTALLMENTS" | "ISSUER_INSTALLMENTS" | null;
        };
        /** @description The amounts the plan is available for; null makes it available for any amount. */
        InstallmentPlanAmountRange: {
            currency: components["schemas"]["CurrencyCode"];
            min_value?: components["schemas"]["AmountValue"] | null;
            max_value?: components["schemas"]["AmountValue"] | null;
        };
        /** @description The page calls the amount range mandatory; the spec leaves amount optional, "If null, available for any amount" (conflict installment-plan-amount-mandatory). */
        InstallmentPlanCreateRequest: {
            name: string;
            account_id: components["schemas"]["InstallmentPlanAccountIds"];
            merchant_reference: string;
            installments_plan: components["schemas"]["InstallmentPlanOption"][];
            country_code?: components["schemas"]["CountryCode"] | null;
            brand?: string[] | null;
            issuer?: string | null;
            iin?: string[] | null;
            first_installment_deferral?: number | null;
            amount?: components["schemas"]["InstallmentPlanAmountRange"] | null;
            /** @description The dates the plan is available; without finish_at it does not end. */
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            payment_method_type?: components["schemas"]["InstallmentPlanPaymentMethodType"] | null;
        };
        /** @description The fields to change. The page also names the plan's status, which no schema declares (conflict installment-plan-status-field). */
        InstallmentPlanUpdateRequest: {
            name?: string | null;
            account_id?: components["schemas"]["InstallmentPlanAccountIds"] | null;
            merchant_reference?: string | null;
            installments_plan?: (components["schemas"]["InstallmentPlanOption"] & {
                /** @description update-plan.json requires rate as well. */
                rate: number;
            })[] | null;
            country_code?: components["schemas"]["CountryCode"] | null;
            scheme?: string | null;
            brand?: string[] | null;
            issuer?: string | null;
            iin?: string[] | null;
            first_installment_deferral?: number | null;
            amount?: components["schemas"]["InstallmentPlanAmountRange"] | null;
            availability?: {
                start_at: components["schemas"]["DateTime"];
                finish_at: components["schemas"]["DateTime"];
            } | null;
        };
        /**
         * @description An installment plan as create, update, retrieve and list answer it. The answers spell the
         *     range's currency Currency (conflict installment-plan-amount-key) and send "" for the card
         *     fields the plan does not restrict, so those carry no length bounds here
         *     (conflict installment-plan-empty-strings).
         */
        InstallmentPlan: {
            id?: string | null;
            name?: string | null;
            account_id?: components["schemas"]["InstallmentPlanAccountIds"] | null;
            merchant_reference?: string | null;
            installments_plan?: {
                installment?: number | null;
                rate?: number | null;
                provider_id?: string | null;
                financial_costs?: components["schemas"]["InstallmentPlanFinancialCost"][] | null;
                /** @description The retrieve and list answers type value and total_value as strings ("0") (conflict installment-option-amount-string). */
                amount?: {
                    currency?: components["schemas"]["CurrencyCode"] | null;
                    value?: string | number | null;
                    total_value?: string | number | null;
                } | null;
            }[] | null;
            type?: string | null;
            source?: string | null;
            provider_id?: string | null;
            scheme?: string | null;
            brand?: string[] | null;
            issuer?: string | null;
            issuer_id?: string | null;
            iin?: string[] | null;
            country_code?: components["schemas"]["CountryCode"] | null;
            first_installment_deferral?: number | null;
            amount?: {
                currency?: components["schemas"]["CurrencyCode"] | null;
                min_value?: components["schemas"]["AmountValue"] | null;
                max_value?: components["schemas"]["AmountValue"] | null;
            } | null;
            availability?: {
                start_at?: components["schemas"]["DateTime"] | null;
                finish_at?: components["schemas"]["DateTime"] | null;
            } | null;
            payment_method_type?: components["schemas"]["InstallmentPlanPaymentMethodType"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A financial cost of one installment option, as answered (with its formatted_value). */
        InstallmentPlanFinancialCost: {
            /** @description The type the plan was created or updated with: the answer schemas list CFT, TEA, CET and CAT, the requests take any 3 to 255 characters (conflict installment-financial-cost-types). */
            type?: string | null;
            rate?: number | null;
            formatted_value?: string | null;
        };
        /** @description Installment plans as a bare array. Retrieve by id answers one as well (conflict installment-plan-retrieve-shape). */
        InstallmentPlanList: components["schemas"]["InstallmentPlan"][];
        /**
         * @description The installments an alternative payment method offers for an amount. The enrollment flow sends
         *     the customer's vaulted_token and id; the 2FA (direct) flow sends the customer's email and
         *     document. amount.value is a string in minor units (conflict apm-installments-amount).
         */
        InstallmentApmRequest: {
            country: components["schemas"]["CountryCode"];
            amount: {
                currency: components["schemas"]["CurrencyCode"];
                /** @description apm-installments.json: "Amount in minor units." */
                value: string;
            };
            customer?: {
                /** @description The Yuno customer id (enrollment flow). */
                id?: string | null;
                /** Format: email */
                email?: string | null;
                document?: {
                    /** @enum {string|null} */
                    type?: "CPF" | "CNPJ" | null;
                    number?: string | null;
                } | null;
            } | null;
            /** @enum {string} */
            payment_method: "NU_PAY" | "NU_PAY_ENROLLMENT" | "APPLE_PAY";
            /** @description apm-installments.json: "Required for enrollment flow." */
            vaulted_token?: string | null;
        } & unknown;
        /** @description One installment option of the alternative payment method. */
        InstallmentApmOption: {
            installment?: number | null;
            amount?: {
                currency?: components["schemas"]["CurrencyCode"] | null;
                value?: number | null;
            } | null;
            rate?: number | null;
        };
        /**
         * @description SENT: the provider accepted and delivered it. REJECTED: the provider refused it. ERROR: it could not be relayed. See specs/pre-debit-notification-status.yaml.
         * @enum {string}
         */
        PreDebitNotificationStatus: "SENT" | "REJECTED" | "ERROR";
        /** @description The upcoming debit. Its value is a decimal string ("499.00"), as the operation's schema and example type it (conflict pre-debit-amount-string). */
        PreDebitNotificationAmount: {
            currency: components["schemas"]["CurrencyCode"];
            value: string;
        };
        /**
         * @description Provider routing comes from origin_payment_id (the mandate-creation payment) or from provider_data
         *     with id and connection_id: one of the two is required (400 otherwise). Reusing a merchant_reference
         *     returns the existing notification of the account.
         */
        PreDebitNotificationCreateRequest: {
            /** Format: uuid */
            account_id: string;
            /** @description Unique per account; a reused one returns the existing notification. */
            merchant_reference: string;
            /** @description The text the customer is shown. */
            description?: string | null;
            amount: components["schemas"]["PreDebitNotificationAmount"];
            /** Format: date */
            billing_date: string;
            /** @description The debit's sequence number within the mandate (2 for the second charge). */
            billing_sequence_number?: string | null;
            /** Format: uuid */
            origin_payment_id?: string | null;
            customer_payer?: {
                /** Format: uuid */
                id?: string | null;
                merchant_customer_id?: string | null;
            } | null;
            payment_method?: {
                /** @description The mandate's payment method type (UPI_AUTOPAY). */
                type?: string | null;
                /** Format: uuid */
                vaulted_token?: string | null;
            } | null;
            provider_data?: {
                /** @description The provider (EBANX). */
                id?: string | null;
                /** Format: uuid */
                connection_id?: string | null;
            } | null;
        } & ({
            origin_payment_id: string;
        } | {
            provider_data: {
                id: string;
                connection_id: string;
            };
        });
        /** @description A pre-debit notification. Its id goes into payment_method.detail.bank_transfer.pre_debit_notification_id of the recurring debit. */
        PreDebitNotification: {
            /** Format: uuid */
            id?: string | null;
            /** Format: uuid */
            account_id?: string | null;
            status?: components["schemas"]["PreDebitNotificationStatus"] | null;
            merchant_reference?: string | null;
            description?: string | null;
            amount?: components["schemas"]["PreDebitNotificationAmount"] | null;
            /** Format: date */
            billing_date?: string | null;
            /** Format: uuid */
            origin_payment_id?: string | null;
            provider_data?: {
                id?: string | null;
                /** Format: uuid */
                connection_id?: string | null;
                provider_transaction_id?: string | null;
                /** @description The provider's reference of the delivered notice; Yuno forwards it on the debit. */
                provider_notification_id?: string | null;
                /** @description Only for allowlisted organizations. */
                raw_request?: Record<string, unknown> | null;
                /** @description Only for allowlisted organizations. */
                raw_response?: Record<string, unknown> | null;
            } | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description CREATED, PENDING, then SUCCEEDED or FAILED (terminal); specs/unreferenced-refund-status.yaml.
         * @enum {string}
         */
        UnreferencedRefundStatus: "CREATED" | "PENDING" | "SUCCEEDED" | "FAILED";
        /**
         * @description One sub_status per status in the table (CREATED/CREATED, PENDING/APPROVED, SUCCEEDED/SUCCEEDED, FAILED/DECLINED_BY_PROVIDER).
         * @enum {string}
         */
        UnreferencedRefundSubStatus: "CREATED" | "APPROVED" | "SUCCEEDED" | "DECLINED_BY_PROVIDER";
        /**
         * @description A credit to a payment method with no original Yuno payment. payment_method carries exactly one
         *     destination: a vaulted_token or one detail (card, bank_transfer or wallet). customer_payer is
         *     required for ACH, SEPA and PayPal destinations (OFAC and AML screening).
         */
        UnreferencedRefundCreateRequest: {
            /** Format: uuid */
            account_id: string;
            merchant_order_id: string;
            merchant_reference?: string | null;
            description: string;
            country: components["schemas"]["CountryCode"];
            amount: {
                value: components["schemas"]["AmountValue"] & unknown;
                currency: components["schemas"]["CurrencyCode"];
            };
            /** @description Pins the refund to a gateway, bypassing routing; a connection_id without id is refused with 400. */
            provider_data?: {
                /** @enum {string} */
                id: "ADYEN" | "STRIPE" | "NUVEI" | "BRAINTREE" | "GOCARDLESS" | "ORBITAL" | "WORLDPAY" | "VANTIV" | "CARDCONNECT" | "FISERV_COMMERCEHUB" | "MONERIS" | "NMI" | "FIRSTDATA" | "WINDCAVE" | "SAFERPAY" | "JPM" | "PAYPAL_EXPRESS_CHECKOUT" | "MASTERCARD" | "CITI" | "WELLSFARGO" | "SAGEPAY" | "FATZEBRA" | "HELIX" | "24HF" | "MERCHANTE_SOLUTIONS" | "ANB" | "AUTHORIZE_NET" | "SPECTRUM";
                /** Format: uuid */
                connection_id?: string | null;
            } | null;
            payment_method: {
                /** @description A stored payment method (the preferred path). */
                vaulted_token?: string | null;
                detail?: (({
                    card?: {
                        card_data: {
                            /** @description The PAN; encrypted at the edge. */
                            number: string;
                            holder_name: string;
                            expiration_month: number;
                            expiration_year: number;
                            /** @description Most acquirers do not require it for credits. */
                            security_code?: string | null;
                            /** @enum {string} */
                            brand: "VISA" | "MASTERCARD" | "AMEX" | "DINERS" | "DISCOVER" | "JCB" | "UNIONPAY" | "UATP" | "ELO" | "HIPERCARD" | "MAESTRO";
                            /** @enum {string|null} */
                            type?: "CREDIT" | "DEBIT" | "PREPAID" | null;
                        };
                        soft_descriptor?: string | null;
                        /** @description The same shape as on /v1/payments. */
                        stored_credentials?: Record<string, unknown> | null;
                        network_token?: Record<string, unknown> | null;
                    } | null;
                    bank_transfer?: {
                        /** @description Required for GoCardless: the mandate_id. */
                        provider_token?: string | null;
                        /** @description IBAN or account number; required without a provider_token. */
                        bank_account?: string | null;
                        /** @description BIC/SWIFT or ABA routing number; required for ACH. */
                        bank_id?: string | null;
                        /** @enum {string} */
                        account_type: "IBAN" | "CHECKING" | "SAVINGS" | "CLABE" | "CCI" | "LOCAL" | "MANDATE";
                        beneficiary_name: string;
                        /** @enum {string|null} */
                        beneficiary_type?: "INDIVIDUAL" | "ENTITY" | null;
                        beneficiary_document?: {
                            document_type?: string | null;
                            document_number?: string | null;
                        } | null;
                    } | null;
                    wallet?: {
                        /** @description The recipient's PayPal payerID. */
                        payment_token: string;
                    } | null;
                } & ({
                    card: Record<string, unknown>;
                } | {
                    bank_transfer: Record<string, unknown>;
                } | {
                    wallet: Record<string, unknown>;
                })) | null) & ({
                    card: Record<string, unknown>;
                } | {
                    bank_transfer: Record<string, unknown>;
                } | {
                    wallet: Record<string, unknown>;
                });
            } & ({
                vaulted_token: string;
            } | {
                detail: Record<string, unknown>;
            });
            customer_payer?: (({
                /** Format: uuid */
                id?: string | null;
                merchant_customer_id?: string | null;
                first_name?: string | null;
                last_name?: string | null;
                email?: string | null;
                phone?: {
                    country_code?: string | null;
                    number?: string | null;
                    extension?: string | null;
                } | null;
                document?: {
                    document_type?: string | null;
                    document_number?: string | null;
                } | null;
                /** Format: date */
                date_of_birth?: string | null;
                nationality?: components["schemas"]["CountryCode"] | null;
                ip_address?: string | null;
                billing_address?: Record<string, unknown> | null;
                shipping_address?: Record<string, unknown> | null;
                /** @enum {string|null} */
                type?: "INDIVIDUAL" | "ENTITY" | null;
                /** @description Required when type is ENTITY. */
                business_name?: string | null;
            } & unknown) | null) & unknown;
            /** @description Echoed back in the answer and the webhook. */
            metadata?: {
                key?: string | null;
                value?: string | null;
            }[] | null;
            /** @description An HTTPS URL for this refund's webhook events; the account's webhook otherwise. */
            callback_url?: string | null;
            fraud_screening?: {
                stand_alone?: boolean | null;
            } | null;
        };
        /**
         * @description An unreferenced refund. The provider object carries raw_request (accounts enabled for raw data),
         *     raw_response (retrieve with include_raw_responses=true) and the always-present summaries
         *     raw_response_code and raw_response_message (the status page names them response_code and
         *     response_message: conflict unreferenced-refund-provider-fields).
         */
        UnreferencedRefund: {
            id?: string | null;
            /** Format: uuid */
            account_id?: string | null;
            merchant_order_id?: string | null;
            merchant_reference?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            description?: string | null;
            amount?: {
                value?: components["schemas"]["AmountValue"] | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
            } | null;
            status?: components["schemas"]["UnreferencedRefundStatus"] | null;
            sub_status?: components["schemas"]["UnreferencedRefundSubStatus"] | null;
            payment_method?: {
                vaulted_token?: string | null;
                detail?: {
                    card?: {
                        card_data?: {
                            brand?: string | null;
                            last_four?: string | null;
                            type?: string | null;
                        } | null;
                    } | null;
                    bank_transfer?: Record<string, unknown> | null;
                    wallet?: Record<string, unknown> | null;
                } | null;
            } | null;
            customer_payer?: Record<string, unknown> | null;
            provider?: {
                name?: string | null;
                type?: string | null;
                connection_id?: string | null;
                reference?: string | null;
                category?: string | null;
                raw_response_code?: string | null;
                raw_response_message?: string | null;
                response_code?: string | null;
                response_message?: string | null;
                raw_request?: Record<string, unknown> | null;
                raw_response?: Record<string, unknown> | null;
            } | null;
            metadata?: {
                key?: string | null;
                value?: string | null;
            }[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A 404 of a subscription operation: the shared not-found codes, SUBSCRIPTION_NOT_FOUND (documented under 400, conflict not-found-status) and PLAN_NOT_FOUND (update-subscription.mdx and change-subscription-plan.mdx error tables). */
        SubscriptionError404: {
            /** @enum {string} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "SUBSCRIPTION_NOT_FOUND" | "PLAN_NOT_FOUND";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 409 of a scheduled plan change (update-subscription.mdx "Plan change errors"), besides the shared 409 codes. The page's codes carry current_status, the subscription's status when the request was refused; the request changes nothing. */
        SubscriptionError409: {
            /** @enum {string} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "PLAN_CHANGE_ALREADY_SCHEDULED" | "PLAN_CHANGE_ALREADY_APPLIED" | "TARGET_PLAN_NOT_ACTIVE" | "SUBSCRIPTION_NOT_ON_A_PLAN" | "PLAN_CHANGE_NOT_AVAILABLE" | "INVALID_SUBSCRIPTION_STATUS";
            messages: components["schemas"]["Error"]["messages"];
            current_status?: components["schemas"]["SubscriptionStatus"] | null;
        } & unknown;
        /** @description The one 422 of update-subscription.mdx: the subscription is already on the target plan; it carries current_status. */
        SubscriptionError422: {
            /** @enum {string} */
            code: "SAME_PLAN";
            messages: components["schemas"]["Error"]["messages"];
            current_status: components["schemas"]["SubscriptionStatus"];
        };
        /** @description A 400 of the usage-based billing operations: the shared 400 codes and those of meter-error-codes.mdx. Lookup failures of this feature are 400, never 404. */
        MeterError400: {
            /** @enum {string} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "METER_NOT_FOUND" | "PLAN_NOT_FOUND" | "PLAN_METER_NOT_FOUND" | "SUBSCRIPTION_NOT_ACTIVE";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 403 of the usage-based billing operations: the shared 403 codes and PRODUCT_NOT_ENABLED (usage-based billing not enabled for the organization). */
        MeterError403: {
            /** @enum {string} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "PRODUCT_NOT_ENABLED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 409 of the usage-based billing operations: the shared 409 codes, METER_EVENT_NAME_CONFLICT and PLAN_METER_ALREADY_ASSIGNED. */
        MeterError409: {
            /** @enum {string} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "METER_EVENT_NAME_CONFLICT" | "PLAN_METER_ALREADY_ASSIGNED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description create-pre-debit-notification.json 422: "The vaulted_token has no stored credential for the resolved provider (STORED_CREDENTIAL_NOT_FOUND), or the origin payment has no usable connection (PROVIDER_CONNECTION_REQUIRED)." */
        PreDebitNotificationError422: {
            /** @enum {string} */
            code: "STORED_CREDENTIAL_NOT_FOUND" | "PROVIDER_CONNECTION_REQUIRED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 400 of createUnreferencedRefund: the shared 400 codes and VALIDATION_ERROR (the page's example). */
        UnreferencedRefundError400: {
            /** @enum {string} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "VALIDATION_ERROR";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 404 of retrieveUnreferencedRefund: the shared 404 codes and UNREFERENCED_REFUND_NOT_FOUND (the page's example). */
        UnreferencedRefundError404: {
            /** @enum {string} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "UNREFERENCED_REFUND_NOT_FOUND";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description create-unreferenced-refund.mdx 422 "Routing or permission failure": no provider supports the payment method for non-referenced refunds. */
        UnreferencedRefundError422: {
            /** @enum {string} */
            code: "UNREFERENCED_REFUND_NOT_SUPPORTED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A subscription event (docs/webhooks/object-and-examples.mdx "Subscriptions"): the subscription under data.subscription, with data.idempotency_key (docs/webhooks/index.mdx). The payloads carry a subset of the subscription object, which differs per event. */
        SubscriptionWebhookEvent: {
            /** @constant */
            type: "subscription";
            /** @enum {string} */
            type_event: "subscription.create" | "subscription.active" | "subscription.trialing" | "subscription.past_due" | "subscription.pause" | "subscription.resume" | "subscription.cancel" | "subscription.complete" | "subscription.close_to_renewal" | "subscription.cycle_executed" | "subscription.phase_started" | "subscription.phase_completed" | "subscription.plan_change_scheduled" | "subscription.plan_change_canceled" | "subscription.plan_changed";
            account_id?: string | null;
            retry?: number | null;
            version?: number | null;
            data: {
                /** @description The X-Idempotency-Key the subscription was created with (docs/webhooks/index.mdx). */
                idempotency_key?: string | null;
                subscription: components["schemas"]["SubscriptionWebhookData"];
            };
        };
        /** @description The subscription as a webhook carries it: code for the id, account_code for the account, customer_payer.code for the customer (subscriptions/index.mdx "code vs id mapping"); frequency.type MINUTES and amount.type FIXED appear in the examples, so neither is an enum here; the current period may be null (the-subscription-object.mdx). */
        SubscriptionWebhookData: {
            code: string;
            name?: string | null;
            description?: string | null;
            country?: string | null;
            account_code?: string | null;
            merchant_reference?: string | null;
            status?: components["schemas"]["SubscriptionStatus"] | null;
            amount?: {
                currency?: string | null;
                type?: string | null;
                value?: number | null;
            } | null;
            frequency?: {
                type?: string | null;
                value?: number | null;
            } | null;
            billing_cycles?: {
                total?: number | null;
                current?: number | null;
                next_at?: components["schemas"]["DateTime"] | null;
            } | null;
            customer_payer?: {
                code?: string | null;
            } | null;
            payment_method?: Record<string, unknown> | null;
            availability?: Record<string, unknown> | null;
            retries?: Record<string, unknown> | null;
            metadata?: unknown[] | null;
            payments?: unknown[] | null;
            trial_period?: Record<string, unknown> | null;
            plan_id?: string | null;
            current_phase?: string | null;
            previous_subscription_id?: string | null;
            cancellation_source?: string | null;
            cancellation_time?: components["schemas"]["DateTime"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description The account a recipient belongs to: the createRecipient field and the recipient's account_id. */
        RecipientAccountId: string;
        /**
         * @description the-recipient-object.mdx national_entity: "Could be INDIVIDUAL or ENTITY."
         * @enum {string}
         */
        RecipientNationalEntity: "INDIVIDUAL" | "ENTITY";
        /** @description The recipient's billing address, as updateRecipient takes it and every answer carries it (createRecipient also requires its country). */
        RecipientAddress: {
            address_line_1?: string | null;
            address_line_2?: string | null;
            city?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            state?: string | null;
            zip_code?: string | null;
            neighborhood?: string | null;
        } | null;
        /**
         * @description The bank account of a withdrawal method, in requests and answers. The digit fields take the operation
         *     specs' bounds (MAX 3 and MAX 250), not the object page's MAX 1, which every example with a digit breaks
         *     (conflict bank-digit-bounds). account_type takes the union of the lists of the operation specs.
         */
        RecipientBankAccount: {
            code?: string | null;
            branch?: string | null;
            branch_digit?: string | null;
            account?: string | null;
            account_digit?: string | null;
            /** @enum {string|null} */
            account_type?: "CHECKINGS" | "SAVINGS" | "VISTA" | "PIX_EMAIL" | "PIX_PHONE" | "PIX_DOCUMENT_ID" | "PIX_BANK_ACCOUNT" | null;
            routing?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            currency?: components["schemas"]["CurrencyCode"] | null;
            /** @enum {string|null} */
            payout_schedule?: "DAY" | "WEEK" | "MONTH" | "HOLD" | null;
        } | null;
        RecipientWithdrawalMethod: {
            bank?: components["schemas"]["RecipientBankAccount"];
        };
        /**
         * @description One withdrawal method or a list of them: the object page, update-recipient-1.json and the
         *     recipient-level onboardings of create-recipient-1.json say an array, create-recipient-1.json (recipient
         *     level), the onboarding operations and most examples send and answer a single object (conflict
         *     withdrawal-methods-shape). An object is one method (its bank); an array is a list of them.
         */
        RecipientWithdrawalMethods: {
            bank?: components["schemas"]["RecipientBankAccount"];
        } | components["schemas"]["RecipientWithdrawalMethod"][] | null;
        /**
         * @description A document sent with createRecipient, createOnboarding, continueOnboarding or updateOnboarding. The
         *     pages give its size as "Max size: 1MB" (2MB on create-recipient-1.json's recipient level) without
         *     saying before or after encoding; no size bound is asserted (conflict recipient-documentation-values).
         */
        RecipientDocumentationRequest: {
            file_name: string;
            /** @enum {string} */
            content_type: "application/pdf" | "image/jpeg" | "image/png";
            /** @enum {string} */
            content_category: "ACCOUNT_REQUIREMENT" | "BANK_STATEMENT" | "BUSINESS_ICON" | "BUSINESS_LOGO" | "CANCEL_POLICY" | "CUSTOMER_INTERACTION" | "DRIVERS_LICENCE" | "DRIVERS_LICENCE_BACK" | "IDENTIFICATION_DOCUMENT" | "IDENTIFICATION_DOCUMENT_BACK" | "IDENTIFICATION_DOCUMENT_FRONT" | "LEGAL_AGREEMENT" | "OTHERS" | "PASSPORT" | "PAYMENT_DETAIL" | "PROOF_OF_ADDRESS" | "PROOF_OF_AUTHENTICITY" | "PROOF_OF_DELIVERY" | "PROOF_OF_DIRECTOR" | "PROOF_OF_INDUSTRY" | "PROOF_OF_NATIONAL_ID_NUMBER" | "PROOF_OF_OWNERSHIP" | "PROOF_OF_REGISTRATION" | "PROOF_OF_RELATIONSHIP" | "PROOF_OF_SERVICE" | "PROOF_OF_SOURCE_OF_FUNDS" | "PROOF_OF_SOURCE_OF_WEALTH" | "PROOF_OF_TAX" | "PROVIDER_IDENTITY_DOCUMENT" | "RECEIPT" | "REFUND_POLICY" | "SELFIE" | "SERVICE_AGREEMENT" | "SIGNATURE" | "TERMS_AND_CONDITIONS" | "VAT_DOCUMENT";
            /**
             * Format: byte
             * @description The file, base64-encoded (create-onboarding.json, continue-onboarding.json: format byte).
             */
            content: string;
        };
        /**
         * @description A document as updateRecipient takes it (no field required, no list of values) and as answers carry it.
         *     Answers name categories the request lists lack (IDENTIFICATION, ADDRESS_PROOF) and carry a stored
         *     reference in content instead of base64 (conflict recipient-documentation-values).
         */
        RecipientDocumentationItem: {
            file_name?: string | null;
            content_type?: string | null;
            content_category?: string | null;
            content?: string | null;
        };
        /** @description An owner or beneficial owner of the recipient, in requests and answers. Its document, phone and address are declared by the answers only. */
        RecipientLegalRepresentative: {
            merchant_reference?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            /** Format: date */
            date_of_birth?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            nationality?: components["schemas"]["CountryCode"] | null;
            title?: string | null;
            publicly_exposed_person?: boolean | null;
            ultimate_beneficial_owner?: boolean | null;
            document?: components["schemas"]["Document"];
            phone?: components["schemas"]["Phone"];
            address?: components["schemas"]["Address"];
        };
        /** @description The recipient's acceptance of the provider's terms of service. */
        RecipientTermsOfService: {
            acceptance: boolean;
            date: components["schemas"]["DateTime"];
            /** Format: ipv4 */
            ip?: string | null;
        } | null;
        /**
         * @description The rule that computes the recipient's share of a payment when its split_marketplace item has no amount:
         *     PERCENTAGE (Total x percentage / 100), FIXED (fixed_amount) or MIXED (both added). The currency must be the
         *     payment's.
         */
        RecipientSplitConfiguration: (({
            /** @enum {string} */
            calculation_type: "PERCENTAGE" | "FIXED" | "MIXED";
            percentage?: number | null;
            fixed_amount?: number | null;
            currency: components["schemas"]["CurrencyCode"];
            /** @enum {string|null} */
            rounding_mode?: "STANDARD" | "ROUND_UP" | "ROUND_DOWN" | null;
        } & (unknown & unknown)) | null) & (unknown & unknown);
        /**
         * @description An onboarding created together with its recipient. workflow is not required here although the spec
         *     marks it (its "Entity Recipient" example omits it, conflict recipient-onboarding-items); provider.id is
         *     any string (conflict onboarding-provider-ids); type takes every documented value (conflict
         *     onboarding-type-workflow-values).
         */
        RecipientOnboardingItemRequest: {
            /** @description create-recipient-1.json: "Optional account id for this onboarding. If omitted, the top-level recipient account_id applies." */
            account_id?: string | null;
            /** @enum {string} */
            type: "PREVIOUSLY_ONBOARDED" | "ONE_STEP_ONBOARDING" | "TWO_STEP_ONBOARDING" | "ONBOARD_ONTO_THE_PROVIDER";
            /** @enum {string|null} */
            workflow?: "HOSTED_BY_PROVIDER" | "DIRECT" | null;
            description?: string | null;
            callback_url?: string | null;
            provider: {
                /** @description PAGARME, ALELO, EDENRED, PLUXEE, VR, STRIPE, ADYEN in the spec; the examples also send YUNO_TEST_PAYMENT_GW. */
                id: string;
                /** @description The Yuno connection (to the provider) the onboarding uses. */
                connection_id: string;
                /** @description The recipient's id at the provider (PREVIOUSLY_ONBOARDED). */
                recipient_id?: string | null;
                /** @enum {string|null} */
                recipient_type?: "MEAL" | "FOOD" | "MULTI_BENEFITS" | "FLEET" | null;
            };
            documentation?: components["schemas"]["RecipientDocumentationRequest"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            terms_of_service?: components["schemas"]["RecipientTermsOfService"];
        };
        /**
         * @description A recipient (a seller of the marketplace), optionally with its onboardings. The spec says
         *     legal_representatives is "Required when national_entity = ENTITY"; its own "Entity Recipient" example
         *     has none, and the condition is not asserted (conflict recipient-legal-representatives-condition).
         */
        RecipientCreateRequest: {
            account_id: components["schemas"]["RecipientAccountId"];
            merchant_recipient_id: string;
            national_entity: components["schemas"]["RecipientNationalEntity"];
            /** @enum {string|null} */
            entity_type?: "GOVERNMENTAL" | "PUBLIC" | "NON_PROFIT" | "PRIVATE" | null;
            first_name: string;
            last_name: string;
            /** Format: date */
            date_of_birth?: string | null;
            legal_name?: string | null;
            email?: string | null;
            country: components["schemas"]["CountryCode"];
            website?: string | null;
            industry?: string | null;
            merchant_category_code?: string | null;
            document?: {
                document_number: string;
                document_type: string;
            } | null;
            phone?: {
                country_code: string;
                number: string;
            } | null;
            /** @description create-recipient-1.json address.country: "Required if address is present." */
            address?: {
                address_line_1?: components["schemas"]["RecipientAddress"]["address_line_1"];
                address_line_2?: components["schemas"]["RecipientAddress"]["address_line_2"];
                city?: components["schemas"]["RecipientAddress"]["city"];
                country: components["schemas"]["CountryCode"];
                state?: components["schemas"]["RecipientAddress"]["state"];
                zip_code?: components["schemas"]["RecipientAddress"]["zip_code"];
                neighborhood?: components["schemas"]["RecipientAddress"]["neighborhood"];
            } | null;
            split_configuration?: components["schemas"]["RecipientSplitConfiguration"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            documentation?: components["schemas"]["RecipientDocumentationRequest"][] | null;
            onboardings?: components["schemas"]["RecipientOnboardingItemRequest"][] | null;
        };
        /**
         * @description Only the fields sent change. With onboarding_id, the identity fields sent are kept as an override for
         *     that onboarding only and the shared recipient is unchanged; without it, the change applies to the
         *     recipient and reaches every onboarding not in a final status (update-recipient-1.json onboarding_id).
         */
        RecipientUpdateRequest: {
            /** Format: uuid */
            onboarding_id?: string | null;
            merchant_recipient_id?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: date */
            date_of_birth?: string | null;
            /** @enum {string|null} */
            entity_type?: "GOVERNMENTAL" | "PUBLIC" | "NON_PROFIT" | "PRIVATE" | null;
            website?: string | null;
            industry?: string | null;
            merchant_category_code?: string | null;
            email?: string | null;
            phone?: {
                country_code?: string | null;
                number?: string | null;
            } | null;
            address?: components["schemas"]["RecipientAddress"];
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            documentation?: components["schemas"]["RecipientDocumentationItem"][] | null;
            onboardings?: {
                /** @enum {string|null} */
                type?: "PREVIOUSLY_ONBOARDED" | "ONE_STEP_ONBOARDING" | "TWO_STEP_ONBOARDING" | "ONBOARD_ONTO_THE_PROVIDER" | null;
                /** @enum {string|null} */
                workflow?: "HOSTED_BY_PROVIDER" | "DIRECT" | null;
                callback_url?: string | null;
                provider?: {
                    id?: string | null;
                    recipient_id?: string | null;
                } | null;
                documentation?: components["schemas"]["RecipientDocumentationItem"][] | null;
                withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            }[] | null;
            split_configuration?: components["schemas"]["RecipientSplitConfiguration"];
        };
        /**
         * @description A recipient as every answer carries it. Neither the object page nor the response schema marks a field
         *     required. The bounds are the object page's where the operation specs and the examples agree with them;
         *     where they do not (names, legal_name, phone country code, timestamps), the looser side is kept
         *     (conflict recipient-field-bounds).
         */
        Recipient: {
            id?: string | null;
            account_id?: components["schemas"]["RecipientAccountId"] | null;
            merchant_recipient_id?: string | null;
            national_entity?: components["schemas"]["RecipientNationalEntity"] | null;
            /** @enum {string|null} */
            entity_type?: "GOVERNMENTAL" | "PUBLIC" | "NON_PROFIT" | "PRIVATE" | "PERSON" | null;
            first_name?: string | null;
            last_name?: string | null;
            legal_name?: string | null;
            email?: string | null;
            /** Format: date */
            date_of_birth?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            website?: string | null;
            industry?: string | null;
            merchant_category_code?: string | null;
            document?: {
                document_number?: string | null;
                document_type?: string | null;
            } | null;
            phone?: {
                country_code?: string | null;
                number?: string | null;
            } | null;
            address?: components["schemas"]["RecipientAddress"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            documentation?: components["schemas"]["RecipientDocumentationItem"][] | null;
            onboardings?: components["schemas"]["RecipientOnboarding"][] | null;
            split_configuration?: components["schemas"]["RecipientSplitConfiguration"];
            /** @description the-recipient-object.mdx gives "(MAX 27; MIN 27; ISO 8601)"; most examples have 20 characters, and no length is asserted (conflict recipient-field-bounds). */
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A page of recipients and where it sits in the whole list. */
        RecipientList: {
            data?: components["schemas"]["Recipient"][] | null;
            pagination?: {
                total?: number | null;
                limit?: number | null;
                offset?: number | null;
                has_more?: boolean | null;
            } | null;
        };
        /**
         * @description The statuses of an onboarding (specs/recipient-onboarding-status.yaml): the status page's twelve, CANCELED as the
         *     object page, the guide and the onboarding.canceled event spell it (the status page writes CANCELLED;
         *     both are accepted, conflict onboarding-canceled-spelling), TRANSFERRED (an onboarding transferred out,
         *     get-transfer-by-id.mdx) and INACTIVE (the origin of a transfer in its answers; an onboarding trigger of
         *     the webhook API). ACTIVE, in one example only, is not a status (conflict onboarding-status-active).
         * @enum {string}
         */
        RecipientOnboardingStatus: "CREATED" | "PENDING" | "PENDING_ADDITIONAL_DOCUMENTATION" | "PENDING_RECIPIENT_ACTION" | "SUCCEEDED" | "FAILED" | "DECLINED" | "BLOCKED" | "REJECTED" | "ERROR" | "CANCELED" | "CANCELLED" | "EXPIRED" | "TRANSFERRED" | "INACTIVE";
        /**
         * @description Every documented type: create-onboarding.json's three and the object page's ONBOARD_ONTO_THE_PROVIDER (which create-onboarding.mdx says TWO_STEP_ONBOARDING replaced), conflict onboarding-type-workflow-values.
         * @enum {string}
         */
        RecipientOnboardingType: "PREVIOUSLY_ONBOARDED" | "ONE_STEP_ONBOARDING" | "TWO_STEP_ONBOARDING" | "ONBOARD_ONTO_THE_PROVIDER";
        RecipientOnboardingProviderRequest: {
            /** @description The provider (PAGARME, STRIPE, ADYEN, YUNO_TEST_PAYMENT_GW ... in the examples). */
            id?: string | null;
            /** @description The Yuno connection (to the provider) the onboarding uses. */
            connection_id?: string | null;
            /** @description The recipient's id at the provider (PREVIOUSLY_ONBOARDED). */
            recipient_id?: string | null;
            /** @enum {string|null} */
            recipient_type?: "MEAL" | "FOOD" | "MULTI_BENEFITS" | "FLEET" | null;
        };
        /** @description PREVIOUSLY_ONBOARDED registers an account the recipient already has at the provider (give provider.recipient_id); ONE_STEP_ONBOARDING and TWO_STEP_ONBOARDING create it (TWO_STEP runs the KYC later, with continueOnboarding). */
        RecipientOnboardingCreateRequest: {
            /** @description create-onboarding.json: "Unique id of the account in Yuno" (no length given). */
            account_id: string;
            /** @enum {string} */
            type: "PREVIOUSLY_ONBOARDED" | "ONE_STEP_ONBOARDING" | "TWO_STEP_ONBOARDING";
            /** @enum {string} */
            workflow: "HOSTED_BY_PROVIDER" | "DIRECT";
            description?: string | null;
            /** Format: uri */
            callback_url?: string | null;
            provider: components["schemas"]["RecipientOnboardingProviderRequest"] & {
                id: string;
                connection_id: string;
            };
            documentation?: components["schemas"]["RecipientDocumentationRequest"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            terms_of_service?: components["schemas"]["RecipientTermsOfService"];
        };
        /** @description Only the fields sent change. */
        RecipientOnboardingUpdateRequest: {
            account_id?: string | null;
            /** @enum {string|null} */
            type?: "PREVIOUSLY_ONBOARDED" | "ONE_STEP_ONBOARDING" | "TWO_STEP_ONBOARDING" | null;
            /** @enum {string|null} */
            workflow?: "HOSTED_BY_PROVIDER" | "HOSTED_BY_YUNO" | "DIRECT" | null;
            /** Format: uri */
            callback_url?: string | null;
            provider?: components["schemas"]["RecipientOnboardingProviderRequest"] | null;
            documentation?: components["schemas"]["RecipientDocumentationRequest"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            terms_of_service?: components["schemas"]["RecipientTermsOfService"];
        };
        /** @description The KYC step of a TWO_STEP_ONBOARDING whose account creation succeeded: HOSTED_BY_PROVIDER answers a Yuno URL that redirects to the provider's KYC page, DIRECT runs the KYC at once. */
        RecipientOnboardingContinueRequest: {
            account_id: string;
            /**
             * @description continue-onboarding.json: "Only TWO_STEP_ONBOARDING can be continued."
             * @enum {string}
             */
            type: "TWO_STEP_ONBOARDING";
            /** @enum {string} */
            workflow: "HOSTED_BY_PROVIDER" | "DIRECT";
            /** Format: uri */
            callback_url?: string | null;
            provider?: {
                id?: string | null;
                connection_id?: string | null;
                recipient_id?: string | null;
            } | null;
            documentation?: components["schemas"]["RecipientDocumentationRequest"][] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            terms_of_service?: components["schemas"]["RecipientTermsOfService"];
        };
        /**
         * @description A recipient's registration with one provider connection: an item of the recipient's onboardings, and
         *     what createOnboarding, retrieveOnboarding, continueOnboarding and updateOnboarding answer (their specs
         *     name the recipient schema; their examples answer the onboarding, conflict onboarding-operation-answers).
         *     No field is marked required.
         */
        RecipientOnboarding: {
            /** @description Not a UUID in every example (conflict onboarding-id-format). */
            id?: string | null;
            account_id?: string | null;
            recipient_id?: string | null;
            type?: components["schemas"]["RecipientOnboardingType"] | null;
            /** @enum {string|null} */
            workflow?: "HOSTED_BY_PROVIDER" | "HOSTED_BY_YUNO" | "DIRECT" | null;
            description?: string | null;
            status?: components["schemas"]["RecipientOnboardingStatus"] | null;
            response_message?: string | null;
            provider_response_code?: string | null;
            provider_response_message?: string | null;
            provider_raw_response?: string | null;
            callback_url?: string | null;
            provider?: {
                id?: string | null;
                connection_id?: string | null;
                recipient_id?: string | null;
                /** @description Where the end user goes back once the onboarding is finished; on continueOnboarding (HOSTED_BY_PROVIDER), the Yuno URL that redirects to the provider's KYC page. */
                redirect_url?: string | null;
                /** @description The provider page where the recipient finishes the onboarding. */
                onboarding_url?: string | null;
                legal_entity?: string | null;
                legal_entity_id?: string | null;
                recipient_additional_id?: string | null;
                balance_account_id?: string | null;
                recipient_type?: string | null;
                /** @description null in the only example; the docs give it no type. */
                raw_notification?: Record<string, unknown> | unknown[] | string | number | boolean | null;
                /** @description null in the only example; the docs give it no type. */
                raw_response?: Record<string, unknown> | unknown[] | string | number | boolean | null;
                /** @description null in the only example; the docs give it no type. */
                response_code?: Record<string, unknown> | unknown[] | string | number | boolean | null;
                /** @description null in the only example; the docs give it no type. */
                response_message?: Record<string, unknown> | unknown[] | string | number | boolean | null;
            } | null;
            documentation?: components["schemas"]["RecipientDocumentationItem"][] | null;
            legal_representatives?: components["schemas"]["RecipientLegalRepresentative"][] | null;
            /** @description What the provider still needs (field, message, status). */
            requirements?: {
                field?: string | null;
                message?: string | null;
                status?: string | null;
            }[] | null;
            withdrawal_methods?: components["schemas"]["RecipientWithdrawalMethods"];
            /** @description null in the only example; the docs give it no type. */
            capabilities?: Record<string, unknown> | unknown[] | string | number | boolean | null;
            terms_of_service?: components["schemas"]["RecipientTermsOfService"];
            metadata?: components["schemas"]["Metadata"];
            recipient?: components["schemas"]["Recipient"] | null;
            /** @description split-payments-marketplace.mdx: "stores the complete traceability of the onboarding", updates and transfers between recipients included. The createOnboarding example shows an object. */
            history?: Record<string, unknown> | unknown[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            expires_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description The move of an onboarding from one recipient to another (or back, for a reversal). It has no status of
         *     its own: destination_onboarding.status tells it (SUCCEEDED, PENDING, FAILED), and the origin becomes
         *     TRANSFERRED (INACTIVE in the transfer answers' examples).
         */
        RecipientOnboardingTransfer: {
            /** Format: uuid */
            id?: string | null;
            origin_onboarding?: components["schemas"]["RecipientOnboarding"] | null;
            destination_onboarding?: components["schemas"]["RecipientOnboarding"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description The statuses of a standalone transfer (specs/split-transfer-status.yaml): SUCCEEDED is not final (a reversal can follow); DECLINED, ERROR and REVERSED are.
         * @enum {string}
         */
        SplitTransferStatus: "CREATED" | "PENDING" | "SUCCEEDED" | "DECLINED" | "ERROR" | "REVERSED";
        /**
         * @description A transfer of funds to a recipient: what the standalone-transfer operations and requestPaymentSplitTransfer
         *     answer, and the data of the split_transfer webhooks. Its id is a UUID in the operation examples and
         *     TRF_7kB2mQ9xPnL4vR in the schema and webhook examples; only a string is asserted (conflict
         *     split-transfer-ids). No field is marked required.
         */
        SplitTransfer: {
            id?: string | null;
            /** Format: uuid */
            recipient_id?: string | null;
            amount?: components["schemas"]["Amount"] | null;
            status?: components["schemas"]["SplitTransferStatus"] | null;
            reason?: string | null;
            description?: string | null;
            merchant_reference?: string | null;
            metadata?: components["schemas"]["Metadata"];
            provider?: string | null;
            provider_data?: {
                id?: string | null;
                recipient_id?: string | null;
                transfer_id?: string | null;
                response_code?: string | null;
                response_message?: string | null;
            } | null;
            /** @description The forward transfer (SPLIT_TRANSFER) and each reversal (SPLIT_TRANSFER_REVERSE), each a transaction of its own. */
            transactions?: {
                code?: string | null;
                /** @enum {string|null} */
                type?: "SPLIT_TRANSFER" | "SPLIT_TRANSFER_REVERSE" | "SPLIT_TRANSFER_REVERSAL" | null;
                status?: components["schemas"]["TransactionStatus"] | null;
                provider_transfer_id?: string | null;
                provider_response_message?: string | null;
                provider_raw_response?: string | null;
                /** @description The raw provider answer as request-a-transfer.json names it (provider_raw_response elsewhere, conflict split-transfer-raw-response-field). */
                raw_response?: string | null;
                created_at?: components["schemas"]["DateTime"] | null;
                updated_at?: components["schemas"]["DateTime"] | null;
            }[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            completed_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A transfer answered as a refusal: request-a-transfer.json's only 400 example is the transfer in status ERROR (conflict payment-split-transfer-error-answer). */
        SplitTransferFailed: components["schemas"]["SplitTransfer"] & {
            /** @constant */
            status: "ERROR";
        };
        /** @description Funds sent from the organization's balance to a recipient, outside any payment. */
        StandaloneTransferCreateRequest: {
            account_id: string;
            /** Format: uuid */
            recipient_id: string;
            /** @description The provider to transfer through (e.g. adyen, stripe). */
            provider_id: string;
            amount: components["schemas"]["AmountRequest"];
            description?: string | null;
            merchant_reference?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description Without amount the whole transfer is reversed; with it, that part. */
        StandaloneTransferReverseRequest: {
            account_id: string;
            amount?: components["schemas"]["AmountRequest"] | null;
            reason?: string | null;
            description?: string | null;
            merchant_reference?: string | null;
        };
        /** @description An amount for one of the recipients of a split payment. */
        PaymentSplitTransferRequest: {
            amount: components["schemas"]["AmountRequest"];
            description?: string | null;
        };
        /** @description sellers-api.json Phone (code, number); the object page names them country_code and number (conflict seller-object-shape). */
        SellerPhone: {
            /** @description Country dialing code (e.g. +1, +57). */
            code?: string | null;
            number?: string | null;
        } | null;
        SellerDocument: {
            /** @description CNPJ, CPF, RUT, NIT, EIN ... */
            type?: string | null;
            number?: string | null;
        } | null;
        /** @description sellers-api.json Address (line_1, line_2 ...); the object page has street and number instead (conflict seller-object-shape). */
        SellerAddress: {
            line_1?: string | null;
            line_2?: string | null;
            city?: string | null;
            state?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            zip_code?: string | null;
        } | null;
        /**
         * @description The seller's merchant_id at one provider for one payment method type (a wallet's certificates in
         *     wallet_details). Each (provider_id, payment_method_type) pair may appear once per seller (400
         *     DUPLICATE_PROVIDER_MAPPING otherwise). The object and payment-method-types pages describe another shape,
         *     payment_method[].detail.card|wallet.provider (conflict seller-object-shape).
         */
        SellerPaymentMethod: {
            provider_id: string;
            payment_method_type: components["schemas"]["PaymentMethodType"];
            merchant_id?: string | null;
            wallet_details?: {
                payment_processing_key?: string | null;
                payment_processing_certificate?: string | null;
                merchant_identity_key?: string | null;
                merchant_identity_certificate?: string | null;
                merchant_identity_password?: string | null;
            } | null;
        };
        /** @description A seller is created under one account and is usable by every account of the organization. */
        SellerCreateRequest: {
            /** Format: uuid */
            account_id: string;
            merchant_seller_id: string;
            name?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: components["schemas"]["SellerPhone"];
            document?: components["schemas"]["SellerDocument"];
            address?: components["schemas"]["SellerAddress"];
            country?: components["schemas"]["CountryCode"] | null;
            website?: string | null;
            industry?: string | null;
            merchant_category_code?: string | null;
            payment_methods?: components["schemas"]["SellerPaymentMethod"][] | null;
        };
        /** @description A full replacement: every optional field left out becomes null. merchant_seller_id comes from the path. */
        SellerReplaceRequest: {
            /** Format: uuid */
            account_id: string;
            name?: components["schemas"]["SellerCreateRequest"]["name"];
            /** Format: email */
            email?: string | null;
            phone?: components["schemas"]["SellerPhone"];
            document?: components["schemas"]["SellerDocument"];
            address?: components["schemas"]["SellerAddress"];
            country?: components["schemas"]["CountryCode"] | null;
            industry?: components["schemas"]["SellerCreateRequest"]["industry"];
            merchant_category_code?: components["schemas"]["SellerCreateRequest"]["merchant_category_code"];
            payment_methods?: components["schemas"]["SellerPaymentMethod"][] | null;
        };
        /** @description A franchise seller mapping as the sellers operations answer it (sellers-api.json Seller). No field is marked required. */
        Seller: {
            /** Format: uuid */
            seller_id?: string | null;
            merchant_seller_id?: string | null;
            name?: string | null;
            email?: string | null;
            phone?: components["schemas"]["SellerPhone"];
            document?: components["schemas"]["SellerDocument"];
            address?: components["schemas"]["SellerAddress"];
            country?: components["schemas"]["CountryCode"] | null;
            website?: string | null;
            industry?: components["schemas"]["SellerCreateRequest"]["industry"];
            merchant_category_code?: components["schemas"]["SellerCreateRequest"]["merchant_category_code"];
            payment_methods?: components["schemas"]["SellerPaymentMethod"][] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A 401 of the onboarding-transfer lookups: the shared 401 codes and UNAUTHORIZED, which get-transfers/index.mdx (Error Codes Reference) and get-transfer-by-id.json document for invalid credentials. */
        RecipientError401: {
            /** @enum {string} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED" | "UNAUTHORIZED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 404 of the recipient operations: the shared 404 codes and RECIPIENT_NOT_FOUND, ONBOARDING_NOT_FOUND, TRANSFER_NOT_FOUND (get-transfers/index.mdx Error Codes Reference; list-recipient-transfers.json, list-onboarding-transfers.json, get-transfer-by-id.json). */
        RecipientError404: {
            /** @enum {string} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "RECIPIENT_NOT_FOUND" | "ONBOARDING_NOT_FOUND" | "TRANSFER_NOT_FOUND";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 409 of the recipient operations: the shared 409 codes and the four of block-recipient.json, unblock-recipient.json, cancel-recipient.json and delete-recipient.json. */
        RecipientError409: {
            /** @enum {string} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "RECIPIENT_ALREADY_BLOCKED" | "RECIPIENT_NOT_BLOCKED" | "RECIPIENT_ALREADY_CANCELLED" | "RECIPIENT_IN_USE";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 400 of the standalone transfers: the shared 400 codes and those of create-standalone-transfer.json (PROVIDER_NOT_FOUND, ONBOARDING_NOT_VALID, CURRENCY_NOT_SUPPORTED, INSUFFICIENT_BALANCE) and reverse-standalone-transfer.json (TRANSFER_NOT_REVERSIBLE, TRANSFER_ALREADY_REVERSED, REVERSAL_AMOUNT_EXCEEDS, INVALID_CURRENCY). */
        StandaloneTransferError400: {
            /** @enum {string} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "PROVIDER_NOT_FOUND" | "ONBOARDING_NOT_VALID" | "CURRENCY_NOT_SUPPORTED" | "INSUFFICIENT_BALANCE" | "TRANSFER_NOT_REVERSIBLE" | "TRANSFER_ALREADY_REVERSED" | "REVERSAL_AMOUNT_EXCEEDS" | "INVALID_CURRENCY";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 404 of the standalone transfers: the shared 404 codes, RECIPIENT_NOT_FOUND (create-standalone-transfer.json) and TRANSFER_NOT_FOUND (get- and reverse-standalone-transfer.json). */
        StandaloneTransferError404: {
            /** @enum {string} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "RECIPIENT_NOT_FOUND" | "TRANSFER_NOT_FOUND";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 502 of the standalone transfers: the shared 502 code and PROVIDER_INTERNAL_ERROR (create- and reverse-standalone-transfer.json). */
        StandaloneTransferError502: {
            /** @enum {string} */
            code: "WEBHOOK_UPSTREAM_ERROR" | "PROVIDER_INTERNAL_ERROR";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 400 of the sellers operations: the shared 400 codes and the three of seller-error-codes.mdx. */
        SellerError400: {
            /** @enum {string} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "DUPLICATE_PROVIDER_MAPPING" | "VALIDATION_ERROR" | "INVALID_PROVIDER";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 404 of the sellers operations: the shared 404 codes and FRANCHISE_MAPPING_NOT_FOUND (seller-error-codes.mdx). */
        SellerError404: {
            /** @enum {string} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "FRANCHISE_MAPPING_NOT_FOUND";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description A 409 of createSeller: the shared 409 codes and FRANCHISE_MAPPING_ALREADY_EXISTS (seller-error-codes.mdx). */
        SellerError409: {
            /** @enum {string} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "FRANCHISE_MAPPING_ALREADY_EXISTS";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description The v2 onboarding event: the onboarding (with its recipient) under data. version and retry are integers, as in the example. */
        RecipientOnboardingWebhookEvent: {
            /** @constant */
            type: "onboarding";
            /** @enum {string} */
            type_event: "onboarding.create" | "onboarding.pending" | "onboarding.pending_additional_documentation" | "onboarding.pending_recipient_action" | "onboarding.succeeded" | "onboarding.canceled" | "onboarding.declined" | "onboarding.rejected" | "onboarding.blocked" | "onboarding.unblocked" | "onboarding.error" | "onboarding.expired" | "onboarding.failed";
            account_id: string;
            retry: number;
            /** @constant */
            version: 2;
            data: components["schemas"]["RecipientOnboarding"];
        };
        /** @description A split transfer event: version 1, type_event without the type prefix, the transfer under data (conflict split-transfer-webhook-shape). */
        SplitTransferWebhookEvent: {
            /** @enum {string} */
            type: "split_transfer" | "split_transfer_reverse";
            /** @enum {string} */
            type_event: "succeeded" | "failed";
            trace_id?: string | null;
            /** @description The forward transfer the event is about. */
            transfer_id?: string | null;
            account_id: string;
            retry: number;
            /** @constant */
            version: 1;
            data: components["schemas"]["SplitTransfer"];
        };
        /** @description The pagination object of the organization lists (users, account groups, accounts). */
        OrganizationPagination: {
            page?: number | null;
            page_size?: number | null;
            total_items?: number | null;
            total_pages?: number | null;
            has_next?: boolean | null;
            has_previous?: boolean | null;
        } | null;
        AccountGroupCreateRequest: {
            name: string;
            merchant_id: string;
        };
        /** @description The fields to change; neither is required. */
        AccountGroupUpdateRequest: {
            name?: string | null;
            merchant_id?: string | null;
        };
        /** @description An account group as create, retrieve, update and list return it. */
        AccountGroup: {
            /**
             * Format: uuid
             * @description What createOrganizationAccount, the account-group paths and account_group_permissions take.
             */
            id: string;
            name?: string | null;
            merchant_id?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        AccountGroupList: {
            data?: components["schemas"]["AccountGroup"][] | null;
            pagination?: components["schemas"]["OrganizationPagination"];
        };
        OrganizationAccountCreateRequest: {
            name: string;
        };
        OrganizationAccountUpdateRequest: {
            name?: string | null;
        };
        /** @description An account (a merchant environment) of the organization. The list items carry no account_group_id. */
        OrganizationAccount: {
            /** Format: uuid */
            id: string;
            name?: string | null;
            /** Format: uuid */
            account_group_id?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        OrganizationAccountList: {
            data?: components["schemas"]["OrganizationAccount"][] | null;
            pagination?: components["schemas"]["OrganizationPagination"];
        };
        OrganizationAccountDisabled: {
            message?: string | null;
        };
        /** @description One role on one account. */
        UserAccountPermissionRequest: {
            /**
             * Format: uuid
             * @description An account of the organization.
             */
            account_id: string;
            /** @description A role of the organization that is neither admin nor staff (create-user.json: "Role ID (non-admin, non-staff, org-scoped)."). */
            role_id: string;
        };
        /** @description One role on one account group. */
        UserAccountGroupPermissionRequest: {
            /**
             * Format: uuid
             * @description An account group of the organization.
             */
            account_group_id: string;
            /** @description A role of the organization that is neither admin nor staff (create-user.json: "Role ID (non-admin, non-staff, org-scoped)."). */
            role_id: string;
        };
        /** @description email, first and last name, and at least one permission assignment. */
        UserCreateRequest: {
            /** Format: email */
            email: string;
            first_name: string;
            last_name: string;
            account_permissions?: components["schemas"]["UserAccountPermissionRequest"][] | null;
            account_group_permissions?: components["schemas"]["UserAccountGroupPermissionRequest"][] | null;
        } & ({
            account_permissions: unknown[];
        } | {
            account_group_permissions: unknown[];
        });
        /** @description Only the names can change. */
        UserUpdateRequest: {
            first_name?: string | null;
            last_name?: string | null;
        };
        /** @description A user as create, retrieve, update and list return it; no field is marked required. */
        User: {
            /**
             * Format: uuid
             * @description What the user paths and authenticateWhitelabelUser take.
             */
            id?: string | null;
            email?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            account_permissions?: {
                /** Format: uuid */
                account_id?: string | null;
                role_id?: string | null;
            }[] | null;
            account_group_permissions?: {
                /** Format: uuid */
                account_group_id?: string | null;
                role_id?: string | null;
            }[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        UserList: {
            data?: components["schemas"]["User"][] | null;
            pagination?: components["schemas"]["OrganizationPagination"];
        };
        WhitelabelAuthRequest: {
            /**
             * Format: uuid
             * @description The user's id (createUser's answer): "UUID of the whitelabel user."
             */
            user_id: string;
        };
        WhitelabelToken: {
            /** @description A JWT for requests made on the user's behalf ("JWT token for the whitelabel user."). */
            access_token?: string | null;
            /** @description Bearer in the spec's example. */
            token_type?: string | null;
            /** @description 86400 in the spec's example. */
            expires_in?: number | null;
        };
        /** @description The error body authenticate-whitelabel-user.json gives its 400 and 401: code and one message (conflict whitelabel-auth-error-message). */
        WhitelabelAuthError: {
            code: string;
            message: string;
        };
        /** @description The codes of the response-codes table for 400 (the spec's own example is INVALID_PARAMETERS). */
        WhitelabelAuthError400: components["schemas"]["WhitelabelAuthError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE";
        };
        /** @description The codes of the response-codes table for 401, and LOGIN_FAILED ("Unable to authenticate the specified user."). */
        WhitelabelAuthError401: components["schemas"]["WhitelabelAuthError"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED" | "LOGIN_FAILED";
        };
        /**
         * @description Whether the role applies to accounts or to the organization (create-role.json default account). It cannot change once created.
         * @enum {string}
         */
        RoleType: "account" | "organization";
        RoleCreateRequest: {
            name: string;
            description?: string | null;
            /** @description Ids of the permissions catalog (listPermissionsCatalog); default an empty list. */
            permission_ids?: string[] | null;
            /** @description Default an empty list. */
            testing_permission_ids?: string[] | null;
            /** @description Default account. */
            role_type?: components["schemas"]["RoleType"] | null;
        };
        /** @description A partial update of a custom role; role_type cannot change and is not part of the body. */
        RoleUpdateRequest: {
            name?: string | null;
            description?: string | null;
            permission_ids?: string[] | null;
            testing_permission_ids?: string[] | null;
        };
        /** @description A role, Yuno's default (admin among them) or the organization's custom one; no field is marked required. */
        Role: {
            /** @description Not a UUID ("rol_AbCdEfGhIjKl" in list-roles.json). */
            id?: string | null;
            name?: string | null;
            description?: string | null;
            admin?: boolean | null;
            permission_ids?: string[] | null;
            testing_permission_ids?: string[] | null;
            role_type?: components["schemas"]["RoleType"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        PermissionsCatalogSection: {
            title?: string | null;
            organization_only?: boolean | null;
            permissions_catalog?: {
                /** @description What a role's permission_ids list. */
                id?: string | null;
                title?: string | null;
                description?: string | null;
                /** @enum {string|null} */
                action_type?: "VIEW" | "EDIT" | null;
            }[] | null;
        };
        /** @description The account assignments to add or change (PATCH), or the whole new set (PUT). */
        UserAccountPermissionsRequest: {
            account_permissions: components["schemas"]["UserAccountPermissionRequest"][];
        };
        /** @description The account-group assignments to add or change (PATCH), or the whole new set (PUT). */
        UserAccountGroupPermissionsRequest: {
            account_group_permissions: components["schemas"]["UserAccountGroupPermissionRequest"][];
        };
        UserAccountPermissions: {
            permissions?: {
                /** Format: uuid */
                account_id?: string | null;
                account_name?: string | null;
                role_id?: string | null;
                role_name?: string | null;
            }[] | null;
        };
        UserAccountGroupPermissions: {
            permissions?: {
                /** Format: uuid */
                account_group_id?: string | null;
                account_group_name?: string | null;
                role_id?: string | null;
                role_name?: string | null;
                accounts_count?: number | null;
            }[] | null;
        };
        UserPermissionsReplaced: {
            /** @description ok in both specs' example. */
            status?: string | null;
        };
        /** @description A parameter's value, typed as the catalog's field_type says: a string, a boolean, a number or an array (create-connection.mdx; the specs say string: conflict connection-param-value-type). */
        ConnectionParamValue: string | boolean | number | unknown[];
        ConnectionCostValues: {
            fixed_fee?: number | null;
            percentage?: number | null;
        } | null;
        /** @description One cost entry of a connection. */
        ConnectionCost: {
            /** @description Order of priority of the entry. */
            sort_number?: number | null;
            cost_name?: string | null;
            /** @description One the provider supports (400 UNSUPPORTED_CURRENCY otherwise). */
            currency?: components["schemas"]["CurrencyCode"] | null;
            cost_values?: {
                successful?: components["schemas"]["ConnectionCostValues"];
                unsuccessful?: components["schemas"]["ConnectionCostValues"];
            } | null;
        };
        /** @description costs is optional here, against the page (conflict connection-costs-required). */
        ConnectionCreateRequest: {
            /**
             * Format: uuid
             * @description The account the connection is created under.
             */
            account_id: string;
            /** @description The merchant's label; unique within the account (409 CONNECTION_MERCHANT_ID_CONFLICT). */
            merchant_connection_id: string;
            provider_id: string;
            /**
             * @description create-connection.mdx: "Must be PAYIN".
             * @enum {string}
             */
            flow_type: "PAYIN";
            /** @description Among the provider's payment_method_type (400 UNSUPPORTED_PAYMENT_METHOD otherwise). */
            payment_methods: components["schemas"]["PaymentMethodType"][];
            /** @description A flat list of {param_id, value}, nested catalog params included; every param the catalog marks optional false (and those a true boolean parent activates) must be there, non-empty (400 MISSING_REQUIRED_PARAM). */
            params: {
                /** @description The catalog's param_id, casing kept. */
                param_id: string;
                value: components["schemas"]["ConnectionParamValue"];
            }[];
            costs?: components["schemas"]["ConnectionCost"][] | null;
        };
        /** @description A connection as create and retrieve return it; secret params read "***". */
        Connection: {
            /** Format: uuid */
            connection_id: string;
            merchant_connection_id?: string | null;
            provider_id?: string | null;
            /** @description ACTIVE on create; no page lists the others (specs/connection-status.yaml). */
            status?: string | null;
            /**
             * @description Always PAYIN.
             * @enum {string|null}
             */
            flow_type?: "PAYIN" | null;
            payment_methods?: components["schemas"]["PaymentMethodType"][] | null;
            params?: {
                param_id?: string | null;
                value?: components["schemas"]["ConnectionParamValue"] | null;
            }[] | null;
            costs?: components["schemas"]["ConnectionCost"][] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description The answer of createConnection: a connection whose status is ACTIVE ("Current status (always ACTIVE on create)"). */
        ConnectionCreated: components["schemas"]["Connection"] & {
            /** @constant */
            status: "ACTIVE";
        };
        ProviderCatalog: {
            /** @description What createConnection's payment_methods may hold. */
            payment_method_type?: components["schemas"]["PaymentMethodType"][] | null;
            params?: components["schemas"]["ProviderCatalogParam"][] | null;
        };
        /** @description One node of the recursive parameter tree; its children apply when a boolean parent is true or a parent's value matches an option. */
        ProviderCatalogParam: {
            /** @description Echoed verbatim (casing kept) as createConnection's params[].param_id. */
            param_id?: string | null;
            /** @enum {string|null} */
            field_type?: "string" | "boolean" | "array" | "number" | null;
            /** @description A string or a localization object {EN, ES, PT} (get-provider-catalog.mdx; the spec says string: conflict catalog-description-type). */
            description?: string | Record<string, unknown> | null;
            placeholder?: string | Record<string, unknown> | null;
            tooltip?: string | null;
            editable_field?: boolean | null;
            /** @description true: stored encrypted and read back as "***". */
            secret?: boolean | null;
            allow_custom?: boolean | null;
            /** @description false: createConnection must supply a value. */
            optional?: boolean | null;
            is_hidden?: boolean | null;
            sdk_required?: boolean | null;
            /** @description The allowed values: plain strings, or {value, params} when an option carries its own params. */
            options?: (string | components["schemas"]["ProviderCatalogOption"])[] | null;
            params?: components["schemas"]["ProviderCatalogParam"][] | null;
        };
        ProviderCatalogOption: {
            value?: string | null;
            params?: components["schemas"]["ProviderCatalogParam"][] | null;
        };
        /** @description The error envelope of the connections and routing operations: type, code, message and details (conflict connections-routing-error-envelope). */
        ConnectionError: {
            /** @description validation_error, invalid_request, auth_error, not_found, conflict in the examples. */
            type?: string | null;
            code: string;
            message: string;
            details?: Record<string, unknown> | null;
        };
        /** @description The codes of the response-codes table for 400, and those of create-connection.mdx. */
        ConnectionError400: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "PROVIDER_NOT_FOUND" | "MISSING_REQUIRED_PARAM" | "UNSUPPORTED_PAYMENT_METHOD" | "UNSUPPORTED_CURRENCY" | "INVALID_PROVIDER_CREDENTIALS";
        };
        /** @description The codes of the response-codes table for 403, and INSUFFICIENT_SCOPE, which every connections and routing page documents ("Missing scope -> 403 INSUFFICIENT_SCOPE"). */
        ConnectionError403: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "INSUFFICIENT_SCOPE";
        };
        /** @description The codes of the response-codes table for 404, CONNECTION_NOT_FOUND (retrieve-connection.mdx) and PROVIDER_NOT_FOUND (get-provider-catalog.mdx). */
        ConnectionError404: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "CONNECTION_NOT_FOUND" | "PROVIDER_NOT_FOUND";
        };
        /** @description The codes documented for 409 elsewhere, and CONNECTION_MERCHANT_ID_CONFLICT. The 409 of a reused idempotency key with another body has no documented code. */
        ConnectionError409: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "CONNECTION_MERCHANT_ID_CONFLICT";
        };
        /**
         * @description The step outcome an output entry reacts to.
         * @enum {string}
         */
        RoutingOutputStatus: "APPROVED" | "DECLINED" | "DECLINE_GROUP" | "ERROR_RATE" | "TIMEOUT" | "INTERNAL_ERROR";
        /** @description One outcome handler of a step, as answers show it: the examples answer DECLINE_GROUP without the decline_types sent (conflict routing-answer-echo). next must be a higher index (no cycles), or null or absent to end the route (conflict routing-output-next). */
        RoutingStepOutput: {
            status: components["schemas"]["RoutingOutputStatus"];
            /** @description Codes of Yuno's normalized decline taxonomy (DECLINED_BY_BANK, DO_NOT_HONOR, INSUFFICIENT_FUNDS, ...). */
            decline_types?: string[] | null;
            error_rate_threshold?: {
                threshold_percent?: number | null;
                window_seconds?: number | null;
            } | null;
            /** @description The index of the step to run next; null or absent ends the route. */
            next?: number | null;
        };
        /** @description An outcome handler as a request sends it; decline_types is required with DECLINE_GROUP, error_rate_threshold with ERROR_RATE. */
        RoutingStepOutputRequest: components["schemas"]["RoutingStepOutput"] & unknown & unknown;
        /** @description One provider attempt. Its connection must be ACTIVE, of the account, support the payment method and belong to provider_id. */
        RoutingStepRequest: {
            index: number;
            provider_id: string;
            /** Format: uuid */
            connection_id: string;
            output?: components["schemas"]["RoutingStepOutputRequest"][] | null;
        };
        RoutingRouteRequest: {
            steps: components["schemas"]["RoutingStepRequest"][];
        };
        /**
         * @description One condition on an attribute of the payment; the conditions of a set are ANDed. The if/then pairs
         *     carry the page's tables: the operators each condition_type takes, the shape of its values, how many
         *     values each operator takes, and the sibling currency (AMOUNT) and key (METADATA).
         */
        RoutingCondition: {
            /** @enum {string} */
            condition_type: "COUNTRY" | "ISSUER_COUNTRY" | "CURRENCY" | "AMOUNT" | "CARD_TYPE" | "CARD_BRAND" | "CARD_BIN" | "INSTALLMENTS" | "TRANSACTION_TYPE" | "METADATA";
            /** @enum {string} */
            conditional: "EQUAL" | "NOT_EQUAL" | "ONE_OF" | "NOT_ONE_OF" | "GREATER_THAN" | "LESS_THAN" | "BETWEEN" | "NOT_BETWEEN";
            /** @description Strings, numbers included; parsed as the condition_type says. */
            values: string[];
            /** @description METADATA only: the payment.metadata key compared; an absent key does not match. */
            key?: string | null;
            /** @description AMOUNT only: only payments in this currency are compared (no FX). */
            currency?: components["schemas"]["CurrencyCode"] | null;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
        /** @description A set of conditions (ANDed) and the route run when they all match; sets are tried by sort_number, the first match wins. */
        RoutingConditionSetRequest: {
            sort_number: number;
            name: string;
            description?: string | null;
            conditions: components["schemas"]["RoutingCondition"][];
            route: components["schemas"]["RoutingRouteRequest"];
        };
        /**
         * @description The routing of one payment method on one account. account_id is required here, though the
         *     resource page says it is inferred from the key (conflict account-from-key-or-body). The card-only
         *     condition types are refused unless payment_method is CARD.
         */
        RoutingCreateRequest: {
            /** Format: uuid */
            account_id: string;
            /** @description One routing per payment method and account; it cannot change afterwards. */
            payment_method: components["schemas"]["PaymentMethodType"];
            name: string;
            default_route: components["schemas"]["RoutingRouteRequest"];
            condition_sets?: components["schemas"]["RoutingConditionSetRequest"][] | null;
        } & unknown;
        /**
         * @description The whole new configuration (no merge). payment_method may be sent but must equal the routing's
         *     (400 ROUTING_PAYMENT_METHOD_IMMUTABLE); account_id cannot change either. When payment_method is
         *     sent and is not CARD, the card-only condition types are refused.
         */
        RoutingUpdateRequest: {
            payment_method?: components["schemas"]["PaymentMethodType"] | null;
            name: string;
            default_route: components["schemas"]["RoutingRouteRequest"];
            condition_sets?: components["schemas"]["RoutingConditionSetRequest"][] | null;
        } & unknown;
        /** @description A step as answers show it: connection_id is a string there, truncated in the examples (conflict routing-example-placeholders). */
        RoutingStep: {
            index: number;
            provider_id: string;
            connection_id: string;
            output?: components["schemas"]["RoutingStepOutput"][] | null;
        };
        /**
         * @description A routing as create, list, retrieve and update return it: its live configuration. In the answers'
         *     condition sets, route is an object whose steps the examples elide (conflict
         *     routing-example-placeholders).
         */
        Routing: {
            /** @description What routing_id takes ("r_" and a UUID in every example; conflict routing-id-format). */
            id: string;
            /** @description The account the keys (or the create body) named. */
            account_id?: string | null;
            payment_method?: components["schemas"]["PaymentMethodType"] | null;
            name?: string | null;
            default_route: {
                steps: components["schemas"]["RoutingStep"][];
            };
            condition_sets?: {
                sort_number: number;
                name: string;
                description?: string | null;
                conditions: components["schemas"]["RoutingCondition"][];
                /** @description The set's route; its steps are "..." in the examples. */
                route: Record<string, unknown>;
            }[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            /** @description Non-blocking orchestration warnings (MONITOR_REDISTRIBUTION_DEFERRED). */
            warnings?: string[] | null;
        };
        /** @description The codes of the response-codes table for 400, and those of the create, list and update routing pages. */
        RoutingError400: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "ROUTING_VALIDATION_FAILED" | "ROUTING_PROVIDER_NOT_AVAILABLE" | "ROUTING_PAYMENT_METHOD_IMMUTABLE";
        };
        /** @description The codes of the response-codes table for 404, and ROUTING_NOT_FOUND. */
        RoutingError404: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "ROUTING_NOT_FOUND";
        };
        /** @description The codes documented for 409 elsewhere, ROUTING_ALREADY_EXISTS (create) and ROUTING_VERSION_CONFLICT (update). */
        RoutingError409: components["schemas"]["ConnectionError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "ROUTING_ALREADY_EXISTS" | "ROUTING_VERSION_CONFLICT";
        };
        /** @enum {string} */
        RoutingRecommendationObjective: "APPROVAL_RATE" | "LATENCY" | "BALANCED";
        RoutingRecommendationRequest: {
            /**
             * Format: uuid
             * @description An account of the organization of the keys (400 INVALID_ACCOUNT_ID otherwise).
             */
            account_id: string;
            merchant_order_id?: string | null;
            payment: {
                amount: {
                    currency: components["schemas"]["CurrencyCode"];
                    value: number;
                };
                country: components["schemas"]["CountryCode"];
                payment_method: {
                    type: components["schemas"]["PaymentMethodType"];
                    details?: {
                        card?: {
                            bin?: string | null;
                        } | null;
                    } | null;
                };
                /** @enum {string|null} */
                initiation?: "CIT" | "MIT" | null;
            };
            candidates: {
                provider_id: string;
                /** @description Returned exactly as sent, not validated. */
                merchant_connection_id?: string | null;
            }[];
            /** @description Default APPROVAL_RATE. */
            optimize_for?: components["schemas"]["RoutingRecommendationObjective"] | null;
        };
        /** @description recommended and ranking always come back ("recommended is always present", "The full ranking always comes back"); the rest is not marked required. */
        RoutingRecommendation: {
            /**
             * Format: uuid
             * @description New on every call.
             */
            recommendation_id?: string | null;
            /** @description The request's, or null. */
            merchant_order_id?: string | null;
            optimized_for?: components["schemas"]["RoutingRecommendationObjective"] | null;
            /** @enum {string|null} */
            decision_source?: "MERCHANT_HISTORY" | "INSUFFICIENT_DATA" | null;
            /** @description The top of the ranking, one of the candidates sent. */
            recommended: {
                provider_id?: string | null;
                merchant_connection_id?: string | null;
            };
            /** @description Every candidate, ordered by the objective. */
            ranking: {
                provider_id?: string | null;
                merchant_connection_id?: string | null;
                approval_rate?: number | null;
                avg_latency_ms?: number | null;
                sample_size?: number | null;
            }[];
        };
        /** @description The codes of the response-codes table for 403, and PRODUCT_NOT_ENABLED. Not an allOf of Error: Error's code list does not hold the new code (requests.md). */
        RoutingRecommendationError403: {
            /** @enum {string} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "PRODUCT_NOT_ENABLED";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description The code documented for 502 elsewhere, and ROUTING_UPSTREAM_ERROR. Not an allOf of Error, for the same reason. */
        RoutingRecommendationError502: {
            /** @enum {string} */
            code: "WEBHOOK_UPSTREAM_ERROR" | "ROUTING_UPSTREAM_ERROR";
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description An error of the banking connectivity API: a code, messages and (in every example) http_code. */
        BankingError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
            /** @description The HTTP status, repeated in the body. */
            http_code?: number | null;
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError400: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "VALIDATION_ERROR" | "BadRequest";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError401: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED" | "AuthenticationFail";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError404: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "ENTITY_NOT_FOUND" | "ONBOARDING_NOT_FOUND" | "ACCOUNT_NOT_FOUND";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError409: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "DUPLICATE_ENTITY";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError422: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "INSUFFICIENT_BALANCE" | "CURRENCY_MISMATCH";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError429: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "TooManyRequests";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError500: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "INTERNAL_ERROR" | "InternalError";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError502: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "WEBHOOK_UPSTREAM_ERROR" | "PROVIDER_ERROR";
        };
        /** @description reference/banking-connectivity/index.mdx, Error codes table, besides the shared codes of the status. */
        BankingError504: components["schemas"]["BankingError"] & {
            /** @enum {unknown} */
            code: "REQUEST_TIMEOUT" | "PROVIDER_TIMEOUT";
        };
        /** @description A phone number. */
        BankingPhone: {
            /** @description The country calling code, e.g. +1. */
            country_code: string;
            /** @description The number without the country code. */
            number: string;
        };
        /** @description A phone number to change; nothing is required. */
        BankingPhoneUpdate: {
            /** @description The country calling code. */
            country_code?: string | null;
            /** @description The number without the country code. */
            number?: string | null;
        };
        /** @description An address; country is ISO 3166-1 alpha-2. */
        BankingAddress: {
            address_line_1: string;
            address_line_2?: string | null;
            building_number_1?: string | null;
            building_number_2?: string | null;
            city: string;
            /** @description The state or province. */
            state: string;
            zip_code: string;
            country: components["schemas"]["CountryCode"];
        };
        /** @description An address with nothing required: an update's (only the fields to change) or a beneficial owner's. */
        BankingAddressUpdate: {
            address_line_1?: string | null;
            address_line_2?: string | null;
            building_number_1?: string | null;
            building_number_2?: string | null;
            city?: string | null;
            /** @description The state or province. */
            state?: string | null;
            zip_code?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
        };
        /** @enum {string} */
        BankingTaxIdType: "SSN" | "EIN" | "ITIN" | "VAT" | "ABN" | "NIF" | "TIN" | "OTHER";
        /** @enum {string} */
        BankingGender: "M" | "F";
        BankingTaxInformation: {
            /** @description The tax jurisdiction's country code. */
            country: string;
            tax_id: string;
            tax_id_type: components["schemas"]["BankingTaxIdType"];
            is_primary: boolean;
        };
        BankingIdentityDocument: {
            /** @description e.g. SSN. */
            document_type: string;
            document_number: string;
            issuing_country: components["schemas"]["CountryCode"];
            /**
             * Format: date
             * @description YYYY-MM-DD.
             */
            issued_at?: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD.
             */
            expires_at?: string | null;
        };
        /** @description A natural person; required when national_entity is INDIVIDUAL. */
        BankingIndividual: {
            first_name?: string | null;
            last_name?: string | null;
            email?: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD.
             */
            date_of_birth?: string | null;
            gender?: components["schemas"]["BankingGender"] | null;
            country_of_residence?: components["schemas"]["CountryCode"] | null;
            tax_information?: components["schemas"]["BankingTaxInformation"][] | null;
            document?: components["schemas"]["BankingIdentityDocument"] | null;
        };
        BankingBeneficialOwner: {
            first_name: string;
            last_name: string;
            email: string;
            /**
             * Format: date
             * @description YYYY-MM-DD.
             */
            date_of_birth: string;
            gender?: components["schemas"]["BankingGender"] | null;
            country_of_residence: components["schemas"]["CountryCode"];
            tax_information?: {
                country?: string | null;
                tax_id?: string | null;
                tax_id_type?: components["schemas"]["BankingTaxIdType"] | null;
                is_primary?: boolean | null;
            }[] | null;
            document?: {
                document_type?: string | null;
                document_number?: string | null;
                /** @description The country that issued the document. */
                issuing_country?: string | null;
                /**
                 * Format: date
                 * @description YYYY-MM-DD.
                 */
                issued_at?: string | null;
                /**
                 * Format: date
                 * @description YYYY-MM-DD.
                 */
                expires_at?: string | null;
            } | null;
            ownership_percentage: number;
            /** @description The owner's title or role. */
            title?: string | null;
            address?: components["schemas"]["BankingAddressUpdate"] | null;
        };
        /** @description A business or organization; required when national_entity is ENTITY. */
        BankingBusiness: {
            name?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            tax_information?: components["schemas"]["BankingTaxInformation"][] | null;
            /** @enum {string|null} */
            entity_type?: "CORPORATION" | null;
            beneficial_owners?: components["schemas"]["BankingBeneficialOwner"][] | null;
        };
        /**
         * @description INDIVIDUAL: a natural person; ENTITY: a business or organization. Cannot change after creation.
         * @enum {string}
         */
        BankingNationalEntity: "INDIVIDUAL" | "ENTITY";
        BankingEntityCreateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            /** @description The merchant's own identifier of the entity; unique (a duplicate gives 409 DUPLICATE_ENTITY). */
            merchant_entity_id: string;
            national_entity: components["schemas"]["BankingNationalEntity"];
            phone: components["schemas"]["BankingPhone"];
            address: components["schemas"]["BankingAddress"];
            /** @description Exactly the sub-object national_entity names. */
            entity_detail: {
                individual?: components["schemas"]["BankingIndividual"] | null;
                entity?: components["schemas"]["BankingBusiness"] | null;
            };
        } & (unknown & unknown);
        /** @description Only the fields to change; national_entity cannot change. */
        BankingEntityUpdateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            merchant_entity_id?: string | null;
            phone?: components["schemas"]["BankingPhoneUpdate"] | null;
            address?: components["schemas"]["BankingAddressUpdate"] | null;
            entity_detail?: {
                individual?: {
                    email?: string | null;
                    country_of_residence?: string | null;
                } | null;
                entity?: {
                    name?: string | null;
                } | null;
            } | null;
        };
        /** @description An entity. The pages say tax_id and document_number come back masked (the last 4 digits); nothing is required. */
        BankingEntity: {
            /** @description `ent_...` */
            id?: string | null;
            account_id?: string | null;
            merchant_entity_id?: string | null;
            national_entity?: components["schemas"]["BankingNationalEntity"] | null;
            phone?: components["schemas"]["BankingPhoneUpdate"] | null;
            address?: components["schemas"]["BankingAddressUpdate"] | null;
            entity_detail?: {
                individual?: {
                    first_name?: string | null;
                    last_name?: string | null;
                    email?: string | null;
                    /** Format: date */
                    date_of_birth?: string | null;
                    gender?: string | null;
                    country_of_residence?: string | null;
                    tax_information?: {
                        country?: string | null;
                        /** @description Shown whole by get-entity-details.json only. */
                        tax_id?: string | null;
                        tax_id_last_4?: string | null;
                        tax_id_type?: components["schemas"]["BankingTaxIdType"] | null;
                        is_primary?: boolean | null;
                    }[] | null;
                    document?: {
                        document_type?: string | null;
                        /** @description Shown whole by get-entity-details.json only. */
                        document_number?: string | null;
                        document_number_last_4?: string | null;
                        issuing_country?: string | null;
                        /** Format: date */
                        issued_at?: string | null;
                        /** Format: date */
                        expires_at?: string | null;
                    } | null;
                } | null;
                entity?: {
                    name?: string | null;
                    country?: string | null;
                    tax_information?: {
                        country?: string | null;
                        /** @description Shown whole by get-entity-details.json only. */
                        tax_id?: string | null;
                        tax_id_last_4?: string | null;
                        tax_id_type?: components["schemas"]["BankingTaxIdType"] | null;
                        is_primary?: boolean | null;
                    }[] | null;
                    entity_type?: string | null;
                    beneficial_owners?: {
                        first_name?: string | null;
                        last_name?: string | null;
                        email?: string | null;
                        /** Format: date */
                        date_of_birth?: string | null;
                        gender?: string | null;
                        country_of_residence?: string | null;
                        tax_information?: {
                            country?: string | null;
                            /** @description Shown whole by get-entity-details.json only. */
                            tax_id?: string | null;
                            tax_id_last_4?: string | null;
                            tax_id_type?: components["schemas"]["BankingTaxIdType"] | null;
                            is_primary?: boolean | null;
                        }[] | null;
                        document?: {
                            document_type?: string | null;
                            /** @description Shown whole by get-entity-details.json only. */
                            document_number?: string | null;
                            document_number_last_4?: string | null;
                            issuing_country?: string | null;
                            /** Format: date */
                            issued_at?: string | null;
                            /** Format: date */
                            expires_at?: string | null;
                        } | null;
                        ownership_percentage?: number | null;
                        title?: string | null;
                        address?: components["schemas"]["BankingAddressUpdate"] | null;
                    }[] | null;
                } | null;
            } | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @enum {string} */
        BankingAccountType: "CHECKING" | "SAVINGS" | "INVESTMENT";
        /**
         * @description The status enum of create and update, plus CLOSED, which close answers and the banking.account.closed event names (conflict banking-account-closed-status).
         * @enum {string}
         */
        BankingAccountStatus: "ACTIVE" | "PENDING" | "INACTIVE" | "CLOSED";
        BankingAccountCreateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            /** @description An onboarding in status SUCCEEDED (createEntityOnboarding's id). */
            onboarding_id: string;
            account_type: components["schemas"]["BankingAccountType"];
            /**
             * @description ISO 4217; the value depends on the provider region: USD (US), GBP (UK), AUD (Australia), EUR (EU).
             * @enum {string}
             */
            currency: "USD" | "GBP" | "AUD" | "EUR";
        };
        /** @description Only the fields to change. */
        BankingAccountUpdateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            account_type?: components["schemas"]["BankingAccountType"] | null;
        };
        /** @description A bank account; the region decides which identifiers it carries. Nothing is required. */
        BankingAccount: {
            /** @description `acct_...`; the {account_id} of the account paths. */
            id?: string | null;
            entity_id?: string | null;
            onboarding_id?: string | null;
            /** @description The merchant's Yuno account. */
            account_id?: string | null;
            provider?: {
                account_id?: string | null;
            } | null;
            account_type?: components["schemas"]["BankingAccountType"] | null;
            status?: components["schemas"]["BankingAccountStatus"] | null;
            account_number?: string | null;
            /** @description US accounts. */
            routing_number?: string | null;
            /** @description UK and EU accounts. */
            iban?: string | null;
            currency?: components["schemas"]["CurrencyCode"] | null;
            /** @description Typed number by create and update, integer by retrieve and close (conflict banking-account-balance-type). */
            balance?: {
                available?: number | null;
                current?: number | null;
                pending?: number | null;
            } | null;
            account_details?: {
                account_name?: string | null;
                /** @description UK accounts. */
                sort_code?: string | null;
                /** @description Australian accounts. */
                bsb?: string | null;
                swift?: string | null;
            } | null;
            /** @description The examples list ACH and WIRE, not the rail names transfers take (conflict banking-rail-names). */
            payment_rails?: {
                incoming?: string[] | null;
                outgoing?: string[] | null;
            } | null;
            supports_book_transfers?: boolean | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description specs/entity-onboarding-status.yaml. The docs spell CANCELLED with two Ls (conflict banking-campaign-canceled-spelling).
         * @enum {string}
         */
        EntityOnboardingStatus: "CREATED" | "PENDING" | "PENDING_ADDITIONAL_DOCUMENTATION" | "UNDER_REVIEW" | "SUCCEEDED" | "FAILED" | "DECLINED" | "CANCELLED" | "EXPIRED";
        /**
         * @description ONE_STEP: everything at once, processed by the provider; PREVIOUSLY_ONBOARDED: a Yuno id only, the provider is not contacted.
         * @enum {string}
         */
        EntityOnboardingType: "ONE_STEP" | "PREVIOUSLY_ONBOARDED";
        /** @description Legal agreements accepted; required for ONE_STEP. */
        EntityOnboardingComplianceDeclaration: {
            terms_of_service?: {
                accepted: boolean;
                version?: string | null;
                /** @description ISO 8601. */
                accepted_at: components["schemas"]["DateTime"];
                accepted_ip?: string | null;
            } | null;
            privacy_policy?: {
                accepted: boolean;
                version?: string | null;
                /** @description ISO 8601. */
                accepted_at: components["schemas"]["DateTime"];
                accepted_ip?: string | null;
            } | null;
        };
        /** @description Updated legal agreements; nothing is required. */
        EntityOnboardingComplianceUpdate: {
            terms_of_service?: {
                accepted?: boolean | null;
                version?: string | null;
                /** @description ISO 8601. */
                accepted_at?: components["schemas"]["DateTime"] | null;
                accepted_ip?: string | null;
            } | null;
            privacy_policy?: {
                accepted?: boolean | null;
                version?: string | null;
                /** @description ISO 8601. */
                accepted_at?: components["schemas"]["DateTime"] | null;
                accepted_ip?: string | null;
            } | null;
        };
        /** @description The merchant's own compliance screening. */
        EntityOnboardingRiskAssessment: {
            assessed_at?: components["schemas"]["DateTime"] | null;
            pep_status?: {
                is_pep?: boolean | null;
                /** @enum {string|null} */
                pep_level?: "DIRECT" | "CLOSE_ASSOCIATE" | "FAMILY_MEMBER" | null;
                position?: string | null;
                country?: string | null;
            } | null;
            rca_status?: {
                /** @enum {string|null} */
                risk_level?: "LOW" | "MEDIUM" | "HIGH" | null;
                classified_at?: components["schemas"]["DateTime"] | null;
                assessed_by?: string | null;
            } | null;
            sanctions_screening?: {
                appears_on_sanctions_list?: boolean | null;
                sanctions_list_name?: string | null;
                screened_at?: components["schemas"]["DateTime"] | null;
            } | null;
        };
        EntityOnboardingSourceOfFunds: {
            /** @enum {string|null} */
            primary_source?: "EMPLOYMENT_SALARY" | "BUSINESS_INCOME" | "INVESTMENTS" | "RENTAL_INCOME" | "PENSION" | "GOVERNMENT_BENEFITS" | "INHERITANCE" | "FAMILY_SUPPORT" | "SAVINGS" | "LOTTERY_GAMBLING" | "SALE_OF_ASSETS" | "CRYPTOCURRENCY" | "FREELANCE_CONSULTING" | "OTHER" | null;
            secondary_sources?: string[] | null;
            description?: string | null;
            estimated_annual_income?: {
                amount?: number | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
            } | null;
        };
        /** @description An uploaded file: "All file uploads use base64 encoding with file_name, content_type, and content fields." */
        EntityOnboardingFile: {
            file_name?: string | null;
            /** @description e.g. image/jpeg, application/pdf. */
            content_type?: string | null;
            /** @description Base64; the examples use a placeholder. */
            content?: string | null;
        };
        /** @description One KYC/KYB document: `type` names the sub-object to fill (Documentation types table). */
        EntityOnboardingDocument: {
            /**
             * @description Which sub-object carries the document.
             * @enum {string}
             */
            type: "IDENTITY_DOCUMENT" | "PROOF_OF_ADDRESS" | "BANK_STATEMENT" | "BUSINESS_DOCUMENT" | "TAX_INFORMATION" | "FINANCIAL_DOCUMENT" | "BIOMETRIC_VERIFICATION" | "EMPLOYMENT_INFORMATION";
            identity_document?: {
                /** @enum {string|null} */
                subtype?: "PASSPORT" | "DRIVERS_LICENSE" | "NATIONAL_ID" | "STATE_ID" | null;
                document_number?: string | null;
                issuing_country?: components["schemas"]["CountryCode"] | null;
                issuing_state?: string | null;
                /** Format: date */
                issued_at?: string | null;
                /** Format: date */
                expires_at?: string | null;
                front_image?: components["schemas"]["EntityOnboardingFile"] | null;
                back_image?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            proof_of_address?: {
                /** @enum {string|null} */
                subtype?: "UTILITY_BILL" | "BANK_STATEMENT" | "LEASE_AGREEMENT" | "MORTGAGE_STATEMENT" | "TAX_DOCUMENT" | null;
                provider_name?: string | null;
                bill_type?: string | null;
                /** Format: date */
                issued_at?: string | null;
                account_number?: string | null;
                verified_address?: {
                    address_line_1?: string | null;
                    city?: string | null;
                    state?: string | null;
                    zip_code?: string | null;
                    country?: string | null;
                } | null;
                file?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            bank_statement?: {
                bank_name?: string | null;
                account_number_last_4?: string | null;
                /** Format: date */
                statement_period_start?: string | null;
                /** Format: date */
                statement_period_end?: string | null;
                file?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            business_document?: {
                /** @enum {string|null} */
                subtype?: "ARTICLES_OF_INCORPORATION" | "BUSINESS_LICENSE" | "EIN_CONFIRMATION" | "OPERATING_AGREEMENT" | "CERTIFICATE_OF_GOOD_STANDING" | null;
                registration_number?: string | null;
                /** Format: date */
                registered_at?: string | null;
                issuing_state?: string | null;
                issuing_authority?: string | null;
                file?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            tax_information?: {
                tax_records?: {
                    country?: string | null;
                    tax_id?: string | null;
                    tax_id_type?: components["schemas"]["BankingTaxIdType"] | null;
                    is_primary?: boolean | null;
                }[] | null;
                /** @enum {string|null} */
                tax_document_type?: "W9" | "1099" | "TAX_RETURN" | "SSN_CARD" | "ITIN_LETTER" | "EIN_CONFIRMATION" | "VAT_CERTIFICATE" | null;
                tax_year?: string | null;
                issuing_authority?: string | null;
                file?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            financial_document?: {
                /** @enum {string|null} */
                subtype?: "BALANCE_SHEET" | "PROFIT_LOSS_STATEMENT" | "CASH_FLOW_STATEMENT" | "FINANCIAL_AUDIT" | null;
                /** Format: date */
                period_start?: string | null;
                /** Format: date */
                period_end?: string | null;
                fiscal_year?: string | null;
                audited?: boolean | null;
                auditor_name?: string | null;
                file?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            biometric_verification?: {
                /** @enum {string|null} */
                verification_method?: "FACIAL_RECOGNITION" | "FINGERPRINT" | "VOICE" | "IRIS_SCAN" | null;
                /** @enum {string|null} */
                capture_method?: "LIVE_CAPTURE" | "UPLOADED" | null;
                capture_timestamp?: components["schemas"]["DateTime"] | null;
                liveness_check_passed?: boolean | null;
                confidence_score?: number | null;
                verification_provider?: string | null;
                live_image?: components["schemas"]["EntityOnboardingFile"] | null;
                reference_image?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
            employment_information?: {
                /** @enum {string|null} */
                status?: "EMPLOYED" | "SELF_EMPLOYED" | "UNEMPLOYED" | "RETIRED" | "STUDENT" | null;
                employer_name?: string | null;
                occupation?: string | null;
                industry?: string | null;
                /** Format: date */
                started_at?: string | null;
                annual_income?: {
                    amount?: number | null;
                    currency?: components["schemas"]["CurrencyCode"] | null;
                } | null;
                verification_document?: components["schemas"]["EntityOnboardingFile"] | null;
            } | null;
        };
        /** @description For ONE_STEP the page asks for compliance_declaration, risk_assessment, source_of_funds and documentation; the spec requires compliance_declaration for it. */
        EntityOnboardingCreateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            /** @description The pre-configured banking provider connection. */
            yuno_connection_id: string;
            onboarding_type: components["schemas"]["EntityOnboardingType"];
            compliance_declaration?: components["schemas"]["EntityOnboardingComplianceDeclaration"] | null;
            risk_assessment?: components["schemas"]["EntityOnboardingRiskAssessment"] | null;
            source_of_funds?: components["schemas"]["EntityOnboardingSourceOfFunds"] | null;
            documentation?: components["schemas"]["EntityOnboardingDocument"][] | null;
        } & unknown;
        /** @description New declarations, assessments or documents, typically while PENDING_ADDITIONAL_DOCUMENTATION. */
        EntityOnboardingUpdateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            compliance_declaration?: components["schemas"]["EntityOnboardingComplianceUpdate"] | null;
            risk_assessment?: components["schemas"]["EntityOnboardingRiskAssessment"] | null;
            source_of_funds?: components["schemas"]["EntityOnboardingSourceOfFunds"] | null;
            documentation?: components["schemas"]["EntityOnboardingDocument"][] | null;
        };
        /** @description An onboarding of an entity with a banking provider. Nothing is required. */
        EntityOnboarding: {
            /** @description `onb_...` */
            id?: string | null;
            entity_id?: string | null;
            yuno_account_id?: string | null;
            provider?: {
                entity_id?: string | null;
                /** @description The provider's own status, e.g. verification_pending. */
                status?: string | null;
            } | null;
            /** @description The provider's status, flat: only the update answer has it (conflict banking-onboarding-provider-status). */
            provider_status?: string | null;
            onboarding_type?: components["schemas"]["EntityOnboardingType"] | null;
            status?: components["schemas"]["EntityOnboardingStatus"] | null;
            /** @description What the provider still needs. */
            requirements?: Record<string, unknown>[] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            expires_at?: components["schemas"]["DateTime"] | null;
        };
        /**
         * @description specs/entity-transfer-status.yaml. Instant rails (RTP, FPS, NPP) go from PENDING straight to COMPLETED or FAILED. Spelled CANCELLED by the docs (conflict banking-campaign-canceled-spelling).
         * @enum {string}
         */
        EntityTransferStatus: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED" | "CANCELLED" | "REVERSED";
        /**
         * @description US: ACH_STANDARD, ACH_SAME_DAY, WIRE, RTP; UK: FPS, CHAPS, BACS; Australia: NPP, PAYTO, BPAY.
         * @enum {string}
         */
        EntityTransferRail: "ACH_STANDARD" | "ACH_SAME_DAY" | "WIRE" | "RTP" | "FPS" | "CHAPS" | "BACS" | "NPP" | "PAYTO" | "BPAY";
        /** @description The currency must be the source account's (422 CURRENCY_MISMATCH). */
        EntityTransferAmount: {
            /** @description Up to 4 decimal places. */
            value: number;
            currency: components["schemas"]["CurrencyCode"];
        };
        EntityTransferCreateRequest: {
            /**
             * Format: uuid
             * @description The merchant's Yuno account (a UUID).
             */
            account_id: string;
            /** @description The source banking account (`acct_...`). */
            source_account_id: string;
            /** @description For a book transfer between accounts of the same provider: the destination banking account; null for an external transfer. */
            destination_account_id?: string | null;
            /** @enum {string} */
            direction: "OUTGOING";
            amount: components["schemas"]["EntityTransferAmount"];
            payment_rail: components["schemas"]["EntityTransferRail"];
            description?: string | null;
            /** @description The merchant's own reference. */
            merchant_transfer_id?: string | null;
            /** @description The external destination: US needs account_number and routing_number; UK iban, or account_number with sort_code; Australia account_number with bsb. The spec requires it; the page and the 400 example accept destination_account_id instead (conflict transfer-destination-required). */
            destination_account?: {
                account_number?: string | null;
                /** @description US destinations. */
                routing_number?: string | null;
                /** @description UK and SEPA destinations. */
                iban?: string | null;
                /** @description Australian destinations. */
                bsb?: string | null;
                /** @description International and SEPA transfers. */
                swift?: string | null;
                /** @description UK destinations. */
                sort_code?: string | null;
                account_name?: string | null;
                bank_name?: string | null;
            } | null;
        } & ({
            destination_account: Record<string, unknown>;
        } | {
            destination_account_id: string;
        });
        /** @description A transfer; the destination account number comes back as its last 4 digits. Nothing is required. */
        EntityTransfer: {
            /** @description `xfer_...` */
            id?: string | null;
            source_account_id?: string | null;
            destination_account_id?: string | null;
            account_id?: string | null;
            merchant_transfer_id?: string | null;
            provider?: {
                account_id?: string | null;
                transfer_id?: string | null;
            } | null;
            status?: components["schemas"]["EntityTransferStatus"] | null;
            /** @enum {string|null} */
            direction?: "OUTGOING" | "INCOMING" | null;
            destination_account?: {
                account_number_last_4?: string | null;
                /** @description US destinations. */
                routing_number?: string | null;
                /** @description UK and SEPA destinations. */
                iban?: string | null;
                /** @description Australian destinations. */
                bsb?: string | null;
                /** @description International and SEPA transfers. */
                swift?: string | null;
                /** @description UK destinations. */
                sort_code?: string | null;
                account_name?: string | null;
                bank_name?: string | null;
            } | null;
            amount?: {
                value?: number | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
            } | null;
            payment_rail?: components["schemas"]["EntityTransferRail"] | null;
            description?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description An incoming transfer to a banking account (banking.transfer.incoming.pending / .completed). Nothing is required. */
        BankingIncomingTransferEvent: {
            /** @description `xfer_...` */
            id?: string | null;
            /** @description The banking account that received the money. */
            destination_account_id?: string | null;
            account_id?: string | null;
            provider?: {
                account_id?: string | null;
                transfer_id?: string | null;
            } | null;
            /**
             * @description PENDING: pending settlement; COMPLETED: settled.
             * @enum {string|null}
             */
            status?: "PENDING" | "COMPLETED" | null;
            /**
             * @description Always INCOMING.
             * @enum {string|null}
             */
            direction?: "INCOMING" | null;
            sender?: {
                account_number_last_4?: string | null;
                routing_number?: string | null;
                account_name?: string | null;
                bank_name?: string | null;
            } | null;
            amount?: {
                value?: number | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
            } | null;
            payment_rail?: components["schemas"]["EntityTransferRail"] | null;
            description?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description What the merchant answers: {"received": true}. */
        BankingWebhookAck: {
            received?: boolean | null;
        };
        /**
         * @description specs/campaign-status.yaml. COMPLETED and CANCELLED are final. The docs spell CANCELLED with two Ls (conflict banking-campaign-canceled-spelling); create-campaign.mdx also names INACTIVE (conflict campaign-default-status).
         * @enum {string}
         */
        CampaignStatus: "ACTIVE" | "PAUSED" | "COMPLETED" | "CANCELLED";
        /** @enum {string} */
        CampaignChannel: "WHATSAPP_MESSAGE" | "PHONE_CALL";
        /** @enum {string} */
        CampaignRuleStatus: "ACTIVE" | "INACTIVE";
        /**
         * @description The Rule types reference (payment data, enriched data, metadata, rate limiting).
         * @enum {string}
         */
        CampaignRuleType: "AMOUNT" | "CURRENCY" | "AMOUNT_AND_CURRENCY" | "PAYMENT_STATUS" | "PAYMENT_METHOD" | "PROVIDER" | "CARD_BIN" | "RESPONSE_CODE" | "ISO_RESPONSE_CODE" | "CATEGORY" | "METADATA" | "USER_COMMS_PER_DAY" | "UNIQUE_BY_USER";
        /**
         * @description The Conditional operators reference. Numeric comparisons and BETWEEN apply to AMOUNT, AMOUNT_AND_CURRENCY and METADATA; CONTAINS to METADATA; STARTS_WITH to CARD_BIN and METADATA.
         * @enum {string}
         */
        CampaignRuleConditional: "EQUAL" | "NOT_EQUAL" | "ONE_OF" | "NOT_ONE_OF" | "IN" | "GREATER_THAN" | "GREATER_THAN_OR_EQUAL" | "LESS_THAN" | "LESS_THAN_OR_EQUAL" | "BETWEEN" | "CONTAINS" | "STARTS_WITH";
        /** @description The daily window in which communications are sent. */
        CampaignSchedule: {
            /** @description HH:MM. */
            daily_start_time: string;
            /** @description HH:MM. */
            daily_end_time: string;
            /** @description An IANA time zone (America/Bogota) or a UTC offset (-05:00). */
            time_zone: string;
        };
        /** @description When the campaign is active. */
        CampaignDuration: {
            /** @description ISO 8601. */
            start_at: components["schemas"]["DateTime"];
            /** @description ISO 8601; after start_at (422 otherwise). */
            end_at: components["schemas"]["DateTime"];
        };
        CampaignCreateRequest: {
            name: string;
            /** @description The Yuno account (the pages say UUID; the examples send YOUR_ACCOUNT_ID, conflict campaign-placeholder-ids). */
            account_id: string;
            /** @description The organization (UUID per the pages; see account_id). */
            organization_code: string;
            country: components["schemas"]["CountryCode"];
            channel: components["schemas"]["CampaignChannel"];
            /** @description e.g. payment_recovery. */
            focus?: string | null;
            schedule: components["schemas"]["CampaignSchedule"];
            duration: components["schemas"]["CampaignDuration"];
        };
        /** @description A rule. conditional is not needed for USER_COMMS_PER_DAY; neither values nor conditional for UNIQUE_BY_USER; metadata_key is required for METADATA. Value counts per conditional follow the index page. */
        CampaignRuleInput: {
            rule_type: components["schemas"]["CampaignRuleType"];
            /** @description The values compared, as strings (UNIQUE_BY_USER takes none). */
            values?: string[] | null;
            conditional?: components["schemas"]["CampaignRuleConditional"] | null;
            /** @description The metadata field a METADATA rule reads. */
            metadata_key?: string | null;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
        CampaignRulesCreateRequest: {
            /** @description The rules to add; all active rules must pass (AND). */
            rules: components["schemas"]["CampaignRuleInput"][];
        };
        /** @description The fields to change. */
        CampaignRuleUpdateRequest: {
            rule_type?: components["schemas"]["CampaignRuleType"] | null;
            /** @description The values compared, as strings (UNIQUE_BY_USER takes none). */
            values?: string[] | null;
            conditional?: components["schemas"]["CampaignRuleConditional"] | null;
            /** @description The metadata field a METADATA rule reads. */
            metadata_key?: string | null;
        } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
        CampaignRuleStatusUpdateRequest: {
            status: components["schemas"]["CampaignRuleStatus"];
        };
        CampaignStatusUpdateRequest: {
            status: components["schemas"]["CampaignStatus"];
        };
        /** @description The Rule object (id and campaign_id are UUIDs). Nothing is required. */
        CampaignRule: {
            /** Format: uuid */
            id?: string | null;
            /** Format: uuid */
            campaign_id?: string | null;
            rule_type?: components["schemas"]["CampaignRuleType"] | null;
            values?: string[] | null;
            conditional?: components["schemas"]["CampaignRuleConditional"] | null;
            metadata_key?: string | null;
            status?: components["schemas"]["CampaignRuleStatus"] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description The Campaign object (id, account_id and organization_code are UUIDs). Nothing is required. */
        Campaign: {
            /** Format: uuid */
            id?: string | null;
            name?: string | null;
            /** Format: uuid */
            account_id?: string | null;
            /** Format: uuid */
            organization_code?: string | null;
            country?: components["schemas"]["CountryCode"] | null;
            channel?: components["schemas"]["CampaignChannel"] | null;
            focus?: string | null;
            schedule?: {
                /** @description HH:MM. */
                daily_start_time?: string | null;
                /** @description HH:MM. */
                daily_end_time?: string | null;
                time_zone?: string | null;
            } | null;
            duration?: {
                start_at?: components["schemas"]["DateTime"] | null;
                end_at?: components["schemas"]["DateTime"] | null;
            } | null;
            status?: components["schemas"]["CampaignStatus"] | null;
            /** @description Included by retrieveCampaign. */
            rules?: components["schemas"]["CampaignRule"][] | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A campaign, wrapped in data. */
        CampaignEnvelope: {
            data?: components["schemas"]["Campaign"] | null;
        };
        /** @description A page of campaigns (summaries) and the paging. */
        CampaignList: {
            data?: components["schemas"]["Campaign"][] | null;
            meta?: {
                total?: number | null;
                limit?: number | null;
                offset?: number | null;
            } | null;
        };
        /** @description The rules created, wrapped in data. */
        CampaignRuleList: {
            data?: components["schemas"]["CampaignRule"][] | null;
        };
        /** @description A rule, wrapped in data. */
        CampaignRuleEnvelope: {
            data?: components["schemas"]["CampaignRule"] | null;
        };
        /** @description Only the status, not wrapped (conflict campaign-rule-status-answer). */
        CampaignRuleStatusResult: {
            status?: components["schemas"]["CampaignRuleStatus"] | null;
        };
        /** @description An error of the checkout builder API. */
        CustomCheckoutError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description The codes in the checkout-builder specs' examples, besides the shared codes of the status. */
        CustomCheckoutError400: components["schemas"]["CustomCheckoutError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "ILLEGAL_ARGUMENT" | "INVALID_STATUS_TRANSITION" | "INVALID_PATCH_BODY" | "INVALID_OPERATION";
        };
        /** @description The codes in the checkout-builder specs' examples, besides the shared codes of the status. */
        CustomCheckoutError404: components["schemas"]["CustomCheckoutError"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "CHECKOUT_NOT_FOUND" | "DEFAULT_CHECKOUT_NOT_FOUND";
        };
        /** @description The codes in the checkout-builder specs' examples, besides the shared codes of the status. */
        CustomCheckoutError409: components["schemas"]["CustomCheckoutError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "DUPLICATE_CHECKOUT_NAME" | "CANNOT_ARCHIVE_DEFAULT_CHECKOUT" | "CANNOT_UNPUBLISH_DEFAULT_CHECKOUT";
        };
        /**
         * @description specs/custom-checkout-status.yaml.
         * @enum {string}
         */
        CustomCheckoutStatus: "PUBLISHED" | "NOT_PUBLISHED" | "ARCHIVED";
        /**
         * @description Enrollment posture of a payment method.
         * @enum {string}
         */
        CustomCheckoutEnrollmentType: "ENROLLMENT" | "NO_ENROLLMENT" | "BOTH" | "NONE";
        /** @description A checkout without configuration or styling: list items carry status and updated_at, the create and lifecycle answers is_active instead. Nothing is required. */
        CustomCheckoutSummary: {
            /**
             * Format: uuid
             * @description The checkout_code (a UUID).
             */
            id?: string | null;
            name?: string | null;
            description?: string | null;
            status?: components["schemas"]["CustomCheckoutStatus"] | null;
            is_default?: boolean | null;
            /** @description Serving traffic. */
            is_active?: boolean | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        /** @description A bare array when neither page nor size is sent; otherwise data and pagination (total is the whole filtered count). */
        CustomCheckoutList: components["schemas"]["CustomCheckoutSummary"][] | {
            data?: components["schemas"]["CustomCheckoutSummary"][] | null;
            pagination?: {
                page?: number | null;
                size?: number | null;
                total?: number | null;
            } | null;
        };
        /** @description A payment method of the account's catalog as the checkout shows it; filter on is_active for the enabled ones. */
        CustomCheckoutPaymentMethod: {
            payment_method_type?: string | null;
            name?: string | null;
            description?: string | null;
            icon?: string | null;
            category?: string | null;
            short_name?: string | null;
            hint?: string | null;
            /** @description Lower is shown first. */
            order_to_show?: number | null;
            is_active?: boolean | null;
            type?: string | null;
            has_enrollment?: boolean | null;
            conditions_quantity?: number | null;
            active_enrollment_type?: components["schemas"]["CustomCheckoutEnrollmentType"] | null;
        };
        /** @description A checkout with its configuration and styling. Nothing is required. */
        CustomCheckout: {
            /**
             * Format: uuid
             * @description The checkout_code.
             */
            id?: string | null;
            name?: string | null;
            description?: string | null;
            status?: components["schemas"]["CustomCheckoutStatus"] | null;
            is_default?: boolean | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
            config?: {
                payment_methods?: components["schemas"]["CustomCheckoutPaymentMethod"][] | null;
                general_settings?: {
                    country_documents?: {
                        country_code?: string | null;
                        documents?: string[] | null;
                    }[] | null;
                } | null;
                feature_flags?: {
                    custom_required_fields?: boolean | null;
                    custom_logo_icon?: boolean | null;
                } | null;
            } | null;
            styling?: {
                styles?: Record<string, unknown> | null;
                settings?: Record<string, unknown> | null;
                flags?: Record<string, unknown> | null;
                external_fonts?: Record<string, unknown>[] | null;
                /** @description payment_link_styles.panel.left.logo is an embedded data: URI, not a URL. */
                payment_link_styles?: Record<string, unknown> | null;
            } | null;
        };
        CustomCheckoutCreateRequest: {
            /** @description Unique per account (409 DUPLICATE_CHECKOUT_NAME). */
            name: string;
            description?: string | null;
        };
        /** @description Any combination of name, description, status and is_default. */
        CustomCheckoutLifecycleRequest: {
            /** @description Unique per account; editable in any status. */
            name?: string | null;
            /** @description Editable in any status. */
            description?: string | null;
            status?: components["schemas"]["CustomCheckoutStatus"] | null;
            /**
             * @description Only true: promotes the checkout to default, publishing it from any status (status is then ignored); false gives 400 INVALID_OPERATION.
             * @enum {boolean|null}
             */
            is_default?: true | null;
        };
        /** @description #RRGGBB or #RRGGBBAA. */
        CustomCheckoutColor: string;
        /** @description 100 to 900, in steps of 100. */
        CustomCheckoutFontWeight: number;
        /** @description A payment method to update; methods left out keep their state, and none can be created. */
        CustomCheckoutPaymentMethodInput: {
            /** @description e.g. CARD, PAYPAL, NU_PAY, GOOGLE_PAY. */
            payment_method_type?: string | null;
            /** @description Lower is shown first. */
            order_to_show?: number | null;
            /** @description Whether the method is offered; false disables it. */
            is_active?: boolean | null;
            active_enrollment_type?: components["schemas"]["CustomCheckoutEnrollmentType"] | null;
            /** @description Condition sets that gate when the method appears; a set's own code (UUID) is kept. */
            conditions_to_override?: Record<string, unknown>[] | null;
            required_fields_to_override?: {
                is_active?: boolean | null;
                /** @description The first-time (non-enrolled) flow. */
                fields?: {
                    field_name?: string | null;
                    is_active?: boolean | null;
                    /** @description e.g. ALWAYS. */
                    current_value?: string | null;
                    /** @description At most one condition set. */
                    conditions_to_override?: Record<string, unknown>[] | null;
                }[] | null;
                /** @description The saved-card (enrolled) flow. */
                enrollment_fields?: {
                    field_name?: string | null;
                    is_active?: boolean | null;
                    /** @description e.g. ALWAYS. */
                    current_value?: string | null;
                    /** @description At most one condition set. */
                    conditions_to_override?: Record<string, unknown>[] | null;
                }[] | null;
                is_enrollment_active?: boolean | null;
            } | null;
        };
        /** @description At least one of config and styling; any broken rule refuses the whole request with one aggregated 400. */
        CustomCheckoutPublishRequest: {
            /** @description A sparse upsert. */
            config?: {
                payment_methods?: components["schemas"]["CustomCheckoutPaymentMethodInput"][] | null;
                general_settings?: {
                    country_documents?: {
                        country_code?: components["schemas"]["CountryCode"] | null;
                        documents?: string[] | null;
                    }[] | null;
                } | null;
            } | null;
            /** @description A partial merge: omitted or null fields are kept. */
            styling?: {
                styles?: {
                    global?: {
                        accent_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        primary_background_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        primary_text_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        primary_button_text_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        secondary_background_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        secondary_text_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        secondary_button_background_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        secondary_button_text_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        /** @description From the supported catalog or external_fonts. */
                        font_family?: string | null;
                    } | null;
                    header?: {
                        /** @description An HTTPS URL to a public host or a relative path; no data:, SVG or javascript:. */
                        logo?: string | null;
                        logo_border_size?: number | null;
                        logo_border_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        logo_corner_radius?: number | null;
                        font_size?: number | null;
                        font_weight?: components["schemas"]["CustomCheckoutFontWeight"] | null;
                    } | null;
                    button?: {
                        corner_radius?: number | null;
                        border_size?: number | null;
                        primary_border_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        secondary_border_color?: components["schemas"]["CustomCheckoutColor"] | null;
                        font_size?: number | null;
                        font_weight?: components["schemas"]["CustomCheckoutFontWeight"] | null;
                    } | null;
                } | null;
                /** @description urls, click_to_pay, form and google_pay are beta-locked: refused when sent non-empty. */
                settings?: {
                    card?: {
                        save_on_success?: boolean | null;
                        visualization_mode?: string | null;
                        enable_ocr?: boolean | null;
                        credit_card_only_processing?: boolean | null;
                        enable_payment_retry?: boolean | null;
                        /** @enum {string|null} */
                        default_network?: "DOM" | "INT" | null;
                    } | null;
                    sdk_type?: Record<string, unknown> | null;
                    web_sdk?: Record<string, unknown> | null;
                    payment_method_list?: Record<string, unknown> | null;
                    ui?: Record<string, unknown> | null;
                } | null;
                flags?: {
                    /** @description Resets the styling to the defaults. */
                    force_default_styles?: boolean | null;
                } | null;
                external_fonts?: {
                    family_name?: string | null;
                    files?: {
                        weight?: number | null;
                        url?: string | null;
                    }[] | null;
                }[] | null;
                payment_link_styles?: Record<string, unknown> | null;
            } | null;
        } & (unknown | unknown);
        /** @description An error of the PCI proxy (the proxy's own, not one passed through from a destination). */
        PciProxyError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError400: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "EXPRESSION_RESOLUTION_FAILED";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError401: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED" | "AuthenticationFail";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError403: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "DESTINATION_NOT_ALLOWED" | "PRODUCT_NOT_ENABLED";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError409: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "DESTINATION_EXISTS";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError413: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "REQUEST_TOO_LARGE";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError422: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "INVALID_HOSTNAME";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError429: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "TOO_MANY_REQUESTS";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError500: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "INTERNAL_ERROR" | "PROXY_ERROR";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError502: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "WEBHOOK_UPSTREAM_ERROR" | "DESTINATION_UNREACHABLE" | "RESPONSE_BLOCKED";
        };
        /** @description manage-destinations.json and invoke-forward-proxy.json code enums, and the forward-proxy guide's error table, besides the shared codes of the status. */
        PciProxyError504: components["schemas"]["PciProxyError"] & {
            /** @enum {unknown} */
            code: "REQUEST_TIMEOUT" | "DESTINATION_TIMEOUT";
        };
        /**
         * @description specs/pci-proxy-destination-status.yaml. Only ENABLED destinations are reachable; a removed one is no longer listed.
         * @enum {string}
         */
        PciProxyDestinationStatus: "ENABLED" | "DISABLED";
        /** @description A host on the allowlist. Nothing is required. */
        PciProxyDestination: {
            /** Format: uuid */
            id?: string | null;
            /** @description The account it is scoped to; null: the whole organization. */
            account_id?: string | null;
            hostname?: string | null;
            status?: components["schemas"]["PciProxyDestinationStatus"] | null;
            /** @description The label given at registration. */
            purpose?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
            updated_at?: components["schemas"]["DateTime"] | null;
        };
        PciProxyDestinationList: {
            destinations?: components["schemas"]["PciProxyDestination"][] | null;
        };
        PciProxyDestinationCreateRequest: {
            /**
             * Format: hostname
             * @description A bare public hostname: no scheme, port, path, IP address or wildcard (422 INVALID_HOSTNAME). Matched exactly, case-insensitive; subdomains are not implied.
             */
            hostname: string;
            /** @description A label shown when listing. */
            purpose?: string | null;
            /**
             * Format: uuid
             * @description Restrict the destination to one account; omit or null for the whole organization.
             */
            account_id?: string | null;
        };
        /** @description Whatever the destination expects, with {{vaulted_token.<TOKEN>.<field>}} expressions where card data goes; forwarded verbatim after substitution (at most 20 distinct tokens, 1 MB). */
        PciProxyForwardRequest: Record<string, unknown>;
        /** @description The destination's answer body, unchanged (card numbers it echoes are redacted to the last four digits). */
        PciProxyForwardResponse: unknown;
        PaymentMethodDomainRegisterRequest: {
            account_id: string;
            connection_id?: string | null;
            /** @description The one payment method registered for every domain of the request, e.g. APPLE_PAY. */
            payment_method_type?: string | null;
            domains?: {
                /** @description The domain, e.g. checkout.example.com. */
                url?: string | null;
            }[] | null;
        };
        /** @description The registrations made, one per domain. Nothing is required. */
        PaymentMethodDomainRegistration: {
            account_id?: string | null;
            payment_method?: string | null;
            /** @description One registration per domain. */
            domains?: {
                /** @description `dom_...` */
                id?: string | null;
                domain?: string | null;
                /** @description REGISTERED after registration; VERIFIED after a successful verification (webhooks-domains.mdx). */
                status?: string | null;
                created_at?: string | null;
                updated_at?: string | null;
            }[] | null;
        };
        /** @description One domain registered for one payment method. Nothing is required. */
        PaymentMethodDomain: {
            /** @description `dom_...` */
            id?: string | null;
            domain?: string | null;
            /** @description REGISTERED after registration; VERIFIED after a successful verification (webhooks-domains.mdx). */
            status?: string | null;
            created_at?: string | null;
            updated_at?: string | null;
            account_id?: string | null;
            payment_method?: string | null;
        };
        PaymentMethodDomainDeleteRequest: {
            reason?: string | null;
        };
        DeclinedPaymentRecoveryRequest: {
            /** @description The agent's configuration. */
            settings: {
                contact_details: {
                    /** @enum {string} */
                    channel: "PHONE_CALL" | "WHATSAPP_MESSAGE";
                    /** @description Required for WHATSAPP_MESSAGE. */
                    initial_template_message?: {
                        /** @description A Yuno template id. */
                        id?: string | null;
                        variables?: Record<string, unknown> | null;
                    } | null;
                    pdf_template?: {
                        /** @description A Yuno PDF template id. */
                        id?: string | null;
                        variables?: Record<string, unknown> | null;
                    } | null;
                    payment_methods?: {
                        /** @description Payment methods offered to the customer as alternatives. */
                        available: string[];
                    } | null;
                } & unknown;
            };
            /** @description Context that helps the agent. */
            additional_information?: {
                seller_details?: {
                    /** @description The merchant's name, used by the agent to introduce itself. */
                    name?: string | null;
                    /** @description How to reach support when the agent cannot solve the issue. */
                    fallback_instructions?: string | null;
                    redirection_url?: string | null;
                } | null;
                /** @description The declined payment. */
                payment?: {
                    account_id?: string | null;
                    /** @description The payment. */
                    id?: string | null;
                    merchant_order_id?: string | null;
                    country?: components["schemas"]["CountryCode"] | null;
                    /** @description What the customer tried to buy. */
                    description?: string | null;
                    /**
                     * Format: date-time
                     * @description ISO 8601.
                     */
                    created_at?: string | null;
                    /** @description The provider's decline reason. */
                    declined_reason?: string | null;
                    payment_method?: {
                        /** @description e.g. Credit Card. */
                        type?: string | null;
                        detail?: {
                            card_data?: {
                                expiration_month?: number | null;
                                expiration_year?: number | null;
                                iin?: string | null;
                                /** @description The last four digits. */
                                lfd?: string | null;
                                issuer?: string | null;
                                /** @enum {string|null} */
                                type?: "CREDIT" | "DEBIT" | "PREPAID" | null;
                            } | null;
                        } | null;
                    } | null;
                    amount?: {
                        value?: number | null;
                        currency?: components["schemas"]["CurrencyCode"] | null;
                    } | null;
                    customer_payer?: {
                        first_name?: string | null;
                        last_name?: string | null;
                        phone?: {
                            /** @description The calling code, e.g. 57. */
                            country_code?: string | null;
                            number?: string | null;
                        } | null;
                    } | null;
                } | null;
            } | null;
        };
        /** @description Nothing is required. */
        DeclinedPaymentRecoveryResult: {
            id?: string | null;
            message?: string | null;
        };
        AbandonedFlowRecoveryRequest: {
            customer: {
                full_name: string;
                /** @description E.164. */
                phone_number: string;
                /** Format: email */
                email?: string | null;
                country_code: components["schemas"]["CountryCode"];
                /** @description e.g. es, en. */
                language?: string | null;
            };
            session: {
                abandonment_timestamp: components["schemas"]["DateTime"];
                /** @enum {string} */
                flow_stage: "product_selection" | "cart_review" | "checkout" | "payment";
                /** @enum {string} */
                platform: "web" | "ios" | "android";
                session_id?: string | null;
            };
            cart?: {
                total_value?: number | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
                items?: {
                    name?: string | null;
                    sku?: string | null;
                    quantity?: number | null;
                    price?: number | null;
                }[] | null;
            } | null;
            engagement?: {
                /**
                 * @description Default auto.
                 * @enum {string|null}
                 */
                preferred_channel?: "call" | "whatsapp" | "auto" | null;
                reason?: string | null;
                /** @description UTM parameters, last actions... */
                metadata?: Record<string, unknown> | null;
            } | null;
        };
        /** @description An error of the cryptogram API. */
        NetworkTokenError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description generate-network-token-cryptogram.mdx Errors table, besides the shared codes of the status. */
        NetworkTokenError400: components["schemas"]["NetworkTokenError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "INSTRUMENT_NOT_TOKENIZABLE" | "PAYMENT_METHOD_NOT_ENROLLED" | "NETWORK_TOKEN_NOT_FOUND" | "TOKEN_NOT_ACTIVE" | "NETWORK_NOT_SUPPORTED";
        };
        /** @description generate-network-token-cryptogram.mdx Errors table, besides the shared codes of the status. */
        NetworkTokenError403: components["schemas"]["NetworkTokenError"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "PCI_MERCHANT_REQUIRED" | "NETWORK_TOKEN_RETURN_NOT_ALLOWED" | "PRODUCT_NOT_ENABLED";
        };
        /** @description generate-network-token-cryptogram.mdx Errors table, besides the shared codes of the status. */
        NetworkTokenError502: components["schemas"]["NetworkTokenError"] & {
            /** @enum {unknown} */
            code: "WEBHOOK_UPSTREAM_ERROR" | "PROVIDER_ERROR";
        };
        NetworkTokenCryptogramRequest: {
            /**
             * Format: uuid
             * @description An enrolled card of the organization with an active network token.
             */
            vaulted_token: string;
            country: components["schemas"]["CountryCode"];
            /** @description Optional; forwarded to the scheme. */
            amount?: {
                currency?: components["schemas"]["CurrencyCode"] | null;
                value?: number | null;
            } | null;
            /** @description Default true (requires PCI certification); false: cryptogram only, without network_token.number and token_data. */
            include_network_token?: boolean | null;
        };
        /** @description A fresh cryptogram and the card's current network token. Nothing is required. */
        NetworkTokenCryptogram: {
            /** @description The request's, echoed. */
            vaulted_token?: string | null;
            network_token?: {
                /** @description VISA or Mastercard. */
                network?: string | null;
                /** @description The DPAN; absent in cryptogram-only mode. */
                number?: string | null;
                status?: string | null;
                par?: string | null;
                network_token_id?: string | null;
                /** @description Absent in cryptogram-only mode. */
                token_data?: {
                    iin?: string | null;
                    lfd?: string | null;
                    expiration_month?: number | null;
                    expiration_year?: number | null;
                } | null;
            } | null;
            /** @description Single use; submit with network_token.number and eci. */
            cryptogram?: string | null;
            /** @description May be null for some Mastercard DSRP formats. */
            eci?: string | null;
            created_at?: components["schemas"]["DateTime"] | null;
        };
        ConversionRateRequest: {
            /** Format: uuid */
            account_id: string;
            amount: {
                value: number;
                currency: components["schemas"]["CurrencyCode"];
                currency_conversion?: {
                    cardholder_currency: components["schemas"]["CurrencyCode"];
                } | null;
            };
            provider_data: {
                /** @enum {string} */
                id: "CIBC" | "MERCADO_PAGO";
            };
            /** @description One of token, vaulted_token or card. */
            payment_method?: {
                /** Format: uuid */
                token?: string | null;
                /** Format: uuid */
                vaulted_token?: string | null;
                /** @description PCI-compliant merchants only. */
                card?: {
                    card_data?: {
                        number: string;
                        holder_name: string;
                        expiration_month: number;
                        /** @description The spec says 4 chars; its example sends 25 (conflict conversion-expiration-year). */
                        expiration_year: number;
                    } | null;
                } | null;
            } | null;
        };
        /** @description A quote: the amount converted into the cardholder currency at rate. Nothing is required. */
        ConversionRate: {
            id?: string | null;
            amount?: {
                value?: number | null;
                currency?: components["schemas"]["CurrencyCode"] | null;
                currency_conversion?: {
                    cardholder_currency?: components["schemas"]["CurrencyCode"] | null;
                    cardholder_amount?: number | null;
                    rate?: number | null;
                    provider_data?: {
                        id?: string | null;
                        transaction_id?: string | null;
                        response_code?: string | null;
                        response_message?: string | null;
                        /** @description The provider's own answer. */
                        raw_response?: Record<string, unknown> | null;
                    } | null;
                } | null;
            } | null;
            /** @description When the quote expires. */
            expired_at?: string | null;
        };
        /** @description An error of the transaction reporting API. */
        TransactionReportError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
        };
        /** @description report-transactions.mdx Errors table, besides the shared codes of the status. */
        TransactionReportError403: components["schemas"]["TransactionReportError"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED" | "FORBIDDEN" | "PRODUCT_NOT_ENABLED";
        };
        /** @description One transaction done at a provider. An invalid event (bad value, unknown field, raw_provider_response over 64 KB) lands in rejected[] with INVALID_EVENT; the rest of the batch goes on. */
        TransactionReportEvent: {
            /** @description The deduplication key: an id already ingested is counted in duplicates, whatever the payload. */
            report_id: string;
            merchant_order_id: string;
            country: components["schemas"]["CountryCode"];
            payment_method_type: components["schemas"]["PaymentMethodType"];
            /** @enum {string} */
            result: "SUCCEEDED" | "DECLINED" | "ERROR";
            amount: {
                /** @description Major units: 99.00, not 9900. */
                value: number;
                currency: components["schemas"]["CurrencyCode"];
            };
            /** @description A provider of Yuno's catalog, e.g. ADYEN. */
            provider_id: string;
            latency_ms?: number | null;
            /** @enum {string|null} */
            token_type_used?: "FPAN" | "DPAN" | "PROVIDER_TOKEN" | null;
            /**
             * @description Default PURCHASE.
             * @enum {string|null}
             */
            event_type?: "PURCHASE" | "AUTHORIZE" | "VERIFY" | null;
            /** @description RFC 3339, UTC; defaults to the time of receipt. */
            occurred_at?: components["schemas"]["DateTime"] | null;
            /** @description The provider's answer, verbatim, up to 64 KB; stored redacted, never returned. */
            raw_provider_response?: Record<string, unknown> | null;
        };
        TransactionReportRequest: {
            /** Format: uuid */
            account_id: string;
            /** @description One event or a batch. */
            events: components["schemas"]["TransactionReportEvent"][];
        };
        /** @description The batch's outcome, per event. Nothing is required. */
        TransactionReportResult: {
            /** @description Events ingested as payments. */
            accepted?: number | null;
            /** @description Events whose report_id was already ingested. */
            duplicates?: number | null;
            /** @description Events refused, each with its reason. */
            rejected?: {
                report_id?: string | null;
                /** @enum {string|null} */
                code?: "INVALID_EVENT" | null;
                messages?: string[] | null;
            }[] | null;
        };
        /** @description An error of the dry-run API: code, messages and httpCode; the spec requires all three, the API-wide shape has no httpCode (conflict dry-run-error-http-code). */
        DryRunError: {
            /** @description The error code. */
            code: string;
            messages: components["schemas"]["Error"]["messages"];
            httpCode?: number | null;
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError400: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "PAYMENT_METHOD_NOT_REASSIGNABLE" | "WEBHOOK_INVALID_REQUEST" | "WEBHOOK_INVALID_TRIGGER" | "WEBHOOK_INVALID_OAUTH2" | "WEBHOOK_INVALID_RENEWAL_DAYS" | "WEBHOOK_URL_UNSAFE" | "NOT_AUTHENTICATED" | "AuthenticationFail" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError401: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "PAYMENT_NOT_FOUND" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError404: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "UPDATE_NOT_SUPPORTED" | "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError409: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "CONFLICT" | "WEBHOOK_ALREADY_EXISTS" | "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "PAYMENT_NOT_FOUND" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError413: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "PAYMENT_NOT_FOUND" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError415: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "PAYMENT_NOT_FOUND" | "RATE_LIMITED";
        };
        /** @description register-dry-run-provider-event.json: one code enum for every error status, besides the shared codes of the status. */
        DryRunError429: components["schemas"]["DryRunError"] & {
            /** @enum {unknown} */
            code: "NOT_AUTHENTICATED" | "AuthenticationFail" | "INVALID_PARAMETERS" | "TRAFFIC_LOG_VALIDATION_FAILED" | "TRAFFIC_LOG_MERCHANT_REFERENCE_REQUIRED" | "TRAFFIC_LOG_BODY_ENCODING_MISMATCH" | "TRAFFIC_LOG_IDEMPOTENCY_REPLAY" | "TRAFFIC_LOG_PAYLOAD_TOO_LARGE" | "TRAFFIC_LOG_UNSUPPORTED_CONTENT_TYPE" | "TRAFFIC_LOG_SEMANTIC_INVALID" | "PAYMENT_NOT_FOUND" | "RATE_LIMITED";
        };
        /**
         * @description The spec's list (it includes the empty string).
         * @enum {string}
         */
        DryRunPaymentMethodType: "" | "CARD" | "CREDIT_CARD" | "CREDIT_CARD_REFERENCE_TRANSACTION" | "DEBIT_CARD" | "EPX_TOKEN" | "TEST_CREDIT_CARD" | "UPC_TOKEN_TRANSACTION" | "APPLE_PAY" | "GOOGLE_PAY" | "PIX" | "PSE" | "OXXO" | "BOLETO" | "ALI_PAY" | "AMAZON_PAY" | "GCASH" | "IDEAL" | "KAKAO_PAY" | "KLARNA" | "MOMO_PAY" | "NAVER_PAY" | "OVO" | "PAYPAL" | "PAYPAL_CREDIT" | "PAYPAY" | "PAZE" | "TOSS_PAY" | "UPI" | "VENMO" | "ACH" | "BANK_TRANSFER" | "CRYPTO" | "CASH";
        /** @description One HTTP exchange leg with the provider. */
        DryRunProviderEventEntry: {
            /**
             * @description Which leg of the exchange.
             * @enum {string}
             */
            type: "REQUEST" | "RESPONSE" | "WEBHOOK";
            /** @enum {string} */
            http_method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            /** @enum {string} */
            operation_type: "PURCHASE" | "AUTHORIZE" | "CAPTURE" | "CANCEL" | "REFUND" | "CHARGEBACK" | "THREE_D_SECURE";
            /**
             * Format: uri
             * @description Scheme, host and port of the provider, e.g. https://api.stripe.com; REQUEST and WEBHOOK.
             */
            base_url?: string | null;
            /** @description Path and query; REQUEST and WEBHOOK. */
            endpoint?: string | null;
            /** @description RESPONSE and WEBHOOK; not REQUEST. */
            http_status_code?: number | null;
            /**
             * Format: byte
             * @description Base64 of a JSON header map or a raw header block; 64 KB decoded at most.
             */
            headers: string;
            /**
             * Format: byte
             * @description Base64; omit for an empty body; 1 MB decoded at most.
             */
            body?: string | null;
        } & (unknown & unknown);
        DryRunProviderEventRequest: {
            /** @description Unique per account; pairs this with the X-Dry-Run payment. */
            merchant_reference: string;
            /**
             * Format: uuid
             * @description A Yuno payment, resolved at once (404 PAYMENT_NOT_FOUND when unknown).
             */
            payment_id?: string | null;
            /** Format: uuid */
            account_id?: string | null;
            /** @enum {string|null} */
            provider_id?: "STRIPE" | "ADYEN" | "CYBERSOURCE" | "BRAINTREE" | "NMI" | "CHECKOUT" | "WORLDPAY" | "PAYPAL" | "EBANX" | "GLOBALPAYMENTS" | "NUVEI" | "CIELO" | "MPGS" | "PRISMA" | "FISERV" | "WORLDLINE" | "ANTOM" | "ORBITAL" | "GOCARDLESS" | "AUTHORIZE_NET" | "SONY" | "CITI" | "EPX" | "HPAY" | "PAYSTACK" | "PLAID" | "SAFERPAY" | "SIKA_HEALTH" | "VALIDIFI" | "WEPAY" | "CARD_CONNECT" | "GMO_PG" | "MONERIS" | "BLUESNAP" | "QUICK_GATEWAY" | "TWENTYFOUR_HOUR_FITNESS" | "MERCHANT_ESOLUTIONS" | "NETS" | "FAT_ZEBRA" | "WINDCAVE" | "CHASE_MOBILITY" | "HELIX" | "ANB" | "AMAZON_PAY" | "OPAYO" | "IP_PAYMENTS" | "KLARNA" | "BILLDESK" | "WELLS_FARGO" | "SAGEPAY" | "PLANET" | null;
            payment_method_type?: components["schemas"]["DryRunPaymentMethodType"] | null;
            events: components["schemas"]["DryRunProviderEventEntry"][];
        };
        /** @description The registration, REGISTERED. */
        DryRunProviderEvent: {
            /** @description The registration's public id ("nano_id, 21 chars"; the spec's example has 20, conflict dry-run-id-length). */
            id: string;
            /** @enum {string} */
            status: "REGISTERED";
            merchant_reference: string;
            /** Format: uuid */
            payment_id?: string | null;
            /** Format: uuid */
            account_id?: string | null;
            provider_id?: string | null;
            payment_method_type?: components["schemas"]["DryRunPaymentMethodType"] | null;
            operation_type?: string | null;
        };
    };
    responses: {
        /** @description The request is invalid, or the operation is not allowed in the resource's state. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description A key is missing, empty or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error401"];
            };
        };
        /** @description The keys are valid but not allowed to do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description No resource has that identifier. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error404"];
            };
        };
        /** @description Yuno failed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error500"];
            };
        };
        /** @description A provider did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error504"];
            };
        };
        /** @description The request is invalid, the target customer does not exist, or the payment method is not a card. */
        ReassignBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description A key is missing or wrong. The 3DS setup and the webhook API document NOT_AUTHENTICATED besides the codes of the response-codes table. */
        UnauthorizedNotAuthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error401"];
            };
        };
        /** @description The account is inactive, lacks the 3DS2 entitlement, or does not belong to the keys. */
        ForbiddenThreeDSecure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description account_id is missing or invalid, or state is neither ACTIVE nor INACTIVE. */
        WebhookBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description The webhook body breaks a rule; the code names which. */
        WebhookWriteBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description No webhook with that identifier on the account. */
        WebhookNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error404"];
            };
        };
        /**
         * @description No such payment or transaction, or the provider does not support updating a dispute (a controlled
         *     error with an UPPER_SNAKE_CASE code such as UPDATE_NOT_SUPPORTED; the chargeback is unchanged).
         */
        DisputeUpdateNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error404"] | components["schemas"]["ErrorProviderUnsupported"];
            };
        };
        /** @description The request conflicts with the resource's state: a reassign whose current owner has data, a webhook name (or url and event) the account already uses. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error409"];
            };
        };
        /** @description A service behind the API (the webhook service) is temporarily unavailable. */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error502"];
            };
        };
        /** @description No plan has that identifier. */
        PlanNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlanError404"];
            };
        };
        /** @description The request is invalid, or the plan's status does not allow it. */
        PlanBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlanError400"];
            };
        };
        /** @description No subscription (or, for a plan change, no target plan of the account) has that identifier. */
        SubscriptionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SubscriptionError404"];
            };
        };
        /** @description The scheduled plan change conflicts with the subscription's state; nothing changed. */
        SubscriptionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SubscriptionError409"];
            };
        };
        /** @description The subscription is already on the target plan; nothing changed. */
        SubscriptionUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SubscriptionError422"];
            };
        };
        /** @description A field failed validation, or a meter, plan, metered price or subscription is unknown to the account (lookups answer 400, never 404). */
        MeterBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MeterError400"];
            };
        };
        /** @description The keys may not do this, or usage-based billing is not enabled for the organization. */
        MeterForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MeterError403"];
            };
        };
        /** @description The event_name is taken in the account (active or archived), or the meter is already attached to the plan. */
        MeterConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MeterError409"];
            };
        };
        /** @description The vaulted_token has no stored credential for the resolved provider, or the origin payment has no usable connection. */
        PreDebitNotificationUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PreDebitNotificationError422"];
            };
        };
        /** @description One or more fields did not pass validation. */
        UnreferencedRefundBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnreferencedRefundError400"];
            };
        };
        /** @description No unreferenced refund of the account has that id. */
        UnreferencedRefundNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnreferencedRefundError404"];
            };
        };
        /** @description No provider can route the refund, or the account may not make it. */
        UnreferencedRefundUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnreferencedRefundError422"];
            };
        };
        /** @description No recipient, onboarding or onboarding transfer has that identifier (or a shared not-found code). */
        RecipientNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecipientError404"];
            };
        };
        /** @description The onboarding is not in a state that allows the action (already blocked, not blocked, already canceled), or the recipient is still used by active payments. */
        RecipientConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecipientError409"];
            };
        };
        /** @description A key is missing or wrong. The onboarding-transfer pages document UNAUTHORIZED besides the shared 401 codes. */
        RecipientOnboardingTransferUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecipientError401"];
            };
        };
        /**
         * @description The request is invalid, or the transfer failed: request-a-transfer.json's only 400 example is the transfer
         *     itself in status ERROR (conflict payment-split-transfer-error-answer), so either body is accepted.
         */
        PaymentSplitTransferBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"] | components["schemas"]["SplitTransferFailed"];
            };
        };
        /** @description The transfer or reversal is refused; the code says why. */
        StandaloneTransferBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StandaloneTransferError400"];
            };
        };
        /** @description No recipient (create) or transfer (retrieve, reverse) has that identifier. */
        StandaloneTransferNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StandaloneTransferError404"];
            };
        };
        /** @description The provider failed. */
        StandaloneTransferBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StandaloneTransferError502"];
            };
        };
        /** @description The seller body fails validation, names an unknown provider, or repeats a (provider, payment method type) pair. */
        SellerBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SellerError400"];
            };
        };
        /** @description No seller mapping has that merchant_seller_id. */
        SellerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SellerError404"];
            };
        };
        /** @description A seller with this merchant_seller_id already exists in the account. */
        SellerConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SellerError409"];
            };
        };
        /** @description The user_id is missing or invalid (authenticate-whitelabel-user.json; its body carries `message`). */
        WhitelabelAuthBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WhitelabelAuthError400"];
            };
        };
        /** @description The user cannot be authenticated (LOGIN_FAILED), or a key is missing or wrong. */
        WhitelabelAuthUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WhitelabelAuthError401"];
            };
        };
        /** @description The connection request breaks a rule of the provider's catalog; the code names which (create-connection.mdx). */
        ConnectionBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConnectionError400"];
            };
        };
        /** @description The keys lack the scope the connections or routing operation needs (INSUFFICIENT_SCOPE; for listRoutings also an account_id of another organization). */
        ConnectionForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConnectionError403"];
            };
        };
        /** @description No connection with that id on the account of the keys. */
        ConnectionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConnectionError404"];
            };
        };
        /** @description The provider_id is not in Yuno's provider catalog. */
        ProviderCatalogNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConnectionError404"];
            };
        };
        /** @description The account already has a connection with that merchant_connection_id (or the idempotency key was used with another body). */
        ConnectionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConnectionError409"];
            };
        };
        /** @description The routing breaks a rule (ROUTING_VALIDATION_FAILED, details naming the field), references a connection not active for the method (ROUTING_PROVIDER_NOT_AVAILABLE), or tries to change the payment method (ROUTING_PAYMENT_METHOD_IMMUTABLE). */
        RoutingBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoutingError400"];
            };
        };
        /** @description No routing with that id on the account of the keys. */
        RoutingNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoutingError404"];
            };
        };
        /** @description The account already has a routing for the payment method (create), a concurrent update won (update), or the idempotency key was used with another body (no code documented for that). */
        RoutingConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoutingError409"];
            };
        };
        /** @description A malformed body, a missing field, fewer than 2 or more than 20 candidates, a non-ISO country or currency, a bad enum (INVALID_PARAMETERS), or an account_id that is malformed or of another organization (INVALID_ACCOUNT_ID). */
        RoutingRecommendationBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description Routing recommendations are not enabled for the organization. */
        RoutingRecommendationForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoutingRecommendationError403"];
            };
        };
        /** @description The routing service could not be reached. */
        RoutingRecommendationBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoutingRecommendationError502"];
            };
        };
        /** @description The request is invalid, or not allowed in the resource's state (banking connectivity). */
        BankingBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError400"];
            };
        };
        /** @description A key is missing or wrong (banking connectivity). */
        BankingUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError401"];
            };
        };
        /** @description No entity, onboarding or account has that identifier. */
        BankingNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError404"];
            };
        };
        /** @description An entity with that merchant_entity_id already exists. */
        BankingConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError409"];
            };
        };
        /** @description The transfer cannot be made: insufficient funds, or a currency other than the account's. */
        BankingUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError422"];
            };
        };
        /** @description Rate limit exceeded (banking connectivity). */
        BankingTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError429"];
            };
        };
        /** @description Yuno failed (banking connectivity). */
        BankingInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError500"];
            };
        };
        /** @description The banking provider answered with an error. */
        BankingBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError502"];
            };
        };
        /** @description The banking provider did not answer in time. */
        BankingGatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BankingError504"];
            };
        };
        /** @description Validation failed: e.g. an invalid rule type, a conditional the rule type does not take, end_at before start_at (the index page's 422 row). */
        CampaignUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Validation failed (every problem in one answer), an invalid lifecycle move, or a non-UUID checkout_code. */
        CustomCheckoutBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomCheckoutError400"];
            };
        };
        /** @description No checkout with that code for the account, or (on create) no default checkout to clone. */
        CustomCheckoutNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomCheckoutError404"];
            };
        };
        /** @description The name is taken, or the default checkout would be archived or unpublished. */
        CustomCheckoutConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomCheckoutError409"];
            };
        };
        /** @description Not authenticated, or the account is not in the beta allowlist. */
        CustomCheckoutUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error401"];
            };
        };
        /** @description An invalid body, id, destination URL, expression, timeout or signing setup; the destination was not called. */
        PciProxyBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError400"];
            };
        };
        /** @description A key is missing or wrong; answered before the proxy, without yuno-proxy-* headers. */
        PciProxyUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError401"];
            };
        };
        /** @description The destination is not allowed, or the PCI proxy is not enabled for the organization (production). */
        PciProxyForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError403"];
            };
        };
        /** @description No destination with that id for the account. */
        PciProxyNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error404"];
            };
        };
        /** @description The hostname is already on the allowlist (for this account scope). */
        PciProxyConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError409"];
            };
        };
        /** @description The request body is over 1 MB. */
        PciProxyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError413"];
            };
        };
        /** @description Not a bare public hostname (a URL, a scheme, port or path, an IP address, a wildcard). */
        PciProxyUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError422"];
            };
        };
        /** @description Rate limit of the account exceeded. */
        PciProxyTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError429"];
            };
        };
        /** @description An unexpected error inside the proxy. */
        PciProxyInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError500"];
            };
        };
        /** @description The destination could not be reached, or its answer carried card data and blocking is configured. */
        PciProxyBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError502"];
            };
        };
        /** @description The destination did not answer within the timeout. */
        PciProxyGatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PciProxyError504"];
            };
        };
        /** @description The request is invalid, or the card cannot give a cryptogram (not a card, not enrolled, no or inactive network token, brand or country not supported). */
        NetworkTokenBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NetworkTokenError400"];
            };
        };
        /** @description Not a PCI-certified merchant (for the network token), or the product is not enabled. */
        NetworkTokenForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NetworkTokenError403"];
            };
        };
        /** @description The card scheme could not be reached or answered an error. */
        NetworkTokenBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NetworkTokenError502"];
            };
        };
        /** @description The product is not enabled for the organization. */
        TransactionReportForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TransactionReportError403"];
            };
        };
        /** @description Validation failed. */
        DryRunBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError400"];
            };
        };
        /** @description Missing or invalid credentials. */
        DryRunUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError401"];
            };
        };
        /** @description payment_id is unknown for the account (PAYMENT_NOT_FOUND). */
        DryRunNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError404"];
            };
        };
        /** @description The idempotency key was used with another payload. */
        DryRunConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError409"];
            };
        };
        /** @description The payload or the batch is too large. */
        DryRunTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError413"];
            };
        };
        /** @description The Content-Type is not application/json. */
        DryRunUnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError415"];
            };
        };
        /** @description Rate limit exceeded. */
        DryRunTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DryRunError429"];
            };
        };
    };
    parameters: {
        /**
         * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
         *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
         *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
         *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
         */
        IdempotencyKey: string;
        /** @description The payment id (UUID, 36 chars). */
        PaymentId: string;
        TransactionId: string;
        /** @description The link's identifier (`code`; `id` in the create response). */
        LinkCode: string;
        CustomerId: string;
        ReportId: string;
        /** @description The organization the report belongs to. */
        OrganizationCode: string;
        /** @description The customer session returned by createCustomerSession. */
        CustomerSessionId: string;
        /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
        PaymentMethodId: string;
        /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
        AccountCode: string;
        /** @description The checkout session's identifier (`{id}` in the retrieve page's path). */
        CheckoutSessionId: string;
        /** @description The webhook's identifier as create or list returns it (not a UUID in the examples). */
        WebhookId: string;
        /** @description The account the webhooks belong to (required on every webhook request). */
        WebhookAccountId: string;
        /** @description base64 of HMAC-SHA256 over the raw body. */
        HmacSignature: string;
        /** @description The plan's identifier, as create answers it. */
        PlanId: string;
        /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
        SubscriptionId: string;
        /** @description A UUID that makes the create safe to retry. create-subscription.json declares it without "required"; docs/webhooks/index.mdx: subscription events carry it as `data.idempotency_key`. */
        SubscriptionIdempotencyKey: string;
        /** @description The account (its id, as the dashboard shows it). retry-subscription.json declares it without "required". */
        SubscriptionAccountCode: string;
        /** @description The meter's `id`, as createMeter or listMeters returned it. */
        MeterId: string;
        /** @description The plan's `id` (plans are created with Create Plan). */
        MeterPlanId: string;
        /** @description The installment plan's `id`, as createInstallmentsPlan returned it ("Identifier of the installment plan"). */
        InstallmentPlanCode: string;
        /** @description The `id` createPreDebitNotification returned. */
        PreDebitNotificationId: string;
        /** @description The refund's `id`, as createUnreferencedRefund returned it ("Yuno-generated unique identifier of the unreferenced refund"). No page gives it a format (conflict unreferenced-refund-identifiers). */
        UnreferencedRefundId: string;
        /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
        RecipientId: string;
        /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
        RecipientOnboardingId: string;
        /** @description The onboarding transfer's `id`, as transferOnboarding returns it. */
        RecipientOnboardingTransferId: string;
        /** @description The account (its id, as the dashboard shows it). Declared, not marked required, by the three pages that read onboarding transfers. */
        RecipientOnboardingTransferAccountCode: string;
        /** @description The standalone transfer's `id`, as createStandaloneTransfer returns it (a UUID in the operation examples, TRF_7kB2mQ9xPnL4vR in the schema and the webhook examples; the page gives no length or format). */
        StandaloneTransferId: string;
        /** @description Makes the request safe to retry. request-a-transfer.json declares it without marking it required. */
        PaymentSplitTransferIdempotencyKey: string;
        /** @description The merchant's own identifier of the seller (`merchant_seller_id` of createSeller), not the Yuno `seller_id`. */
        SellerMerchantSellerId: string;
        /** @description manage-sellers.mdx lists it as "Recommended (POST)": optional, on createSeller only. */
        SellerIdempotencyKey: string;
        /** @description The split payment's id (createPayment's `id`). */
        PaymentSplitTransferPaymentId: string;
        /** @description The payment's transaction (createPayment's `transactions.id`). */
        PaymentSplitTransferTransactionId: string;
        /** @description The user's id, as createUser (or listUsers) returns it. */
        UserId: string;
        /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
        AccountGroupId: string;
        /** @description The account's id, as createOrganizationAccount (or a list of accounts) returns it. */
        OrganizationAccountId: string;
        /** @description The role's id, as createRole or listRoles returns it (not a UUID: list-roles.json shows "rol_AbCdEfGhIjKl"). */
        RoleId: string;
        /** @description The connection_id createConnection returned; it must belong to the account of the keys. */
        ConnectionId: string;
        /** @description A provider of Yuno's catalog (STRIPE, ADYEN, CYBERSOURCE, ...). */
        ProviderId: string;
        /** @description The id createRouting returned. The specs say format uuid, every example is "r_" and a UUID (conflict routing-id-format): any string here. */
        RoutingId: string;
        /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
        BankingAccountId: string;
        /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
        BankingEntityId: string;
        /** @description The onboarding's id, as createEntityOnboarding returns it (`onb_...`). */
        EntityOnboardingId: string;
        /** @description The transfer's id, as initiateEntityTransfer returns it (`xfer_...`; the pages say "UUID, 36 chars", conflict banking-path-ids). */
        EntityTransferId: string;
        /** @description The campaign's id, as createCampaign returns it. */
        CampaignId: string;
        /** @description The rule's id, as createCampaignRules returns it. */
        CampaignRuleId: string;
        /** @description The checkout's id (createCheckout's or listCheckouts' `id`). A non-UUID is refused with 400 before any processing. */
        CustomCheckoutCode: string;
        /** @description Optional and best-effort: replays are not guaranteed to be de-duplicated (the publish spec calls it a client-generated UUID that prevents a double publish; conflict checkout-idempotency). */
        CustomCheckoutIdempotencyKey: string;
        /** @description The destination's id, from registerPciProxyDestination or listPciProxyDestinations. */
        PciProxyDestinationId: string;
        /** @description The domain registration's id (`dom_...`), from registerPaymentMethodDomains. */
        PaymentMethodDomainId: string;
        /** @description Declared, optional and undescribed by register-domain.json. */
        PaymentMethodDomainIdempotencyKey: string;
        /** @description The public API key, under the name get-conversion-rate.json gives it (conflict conversion-key-headers). */
        ConversionRatePublicApiKey: string;
        /** @description The private secret key, under the name get-conversion-rate.json gives it (conflict conversion-key-headers). */
        ConversionRatePrivateSecretKey: string;
        /** @description Same key and payload within 24 h: the original answer; same key, another payload: 409. */
        DryRunIdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    retrievePaymentsByMerchantOrderId: {
        parameters: {
            query: {
                merchant_order_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every payment created with that merchant_order_id (an array, possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetail"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCreateRequest"];
            };
        };
        responses: {
            /** @description The payment, with the transaction the request created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWithTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePayment: {
        parameters: {
            query?: {
                /** @description true adds the provider's raw answers to the transactions (default false). */
                raw_response?: boolean;
                /** @description true adds the payment's transaction history (default false). */
                transactions_history?: boolean;
            };
            header?: never;
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment (a bare object, not wrapped), with every transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    captureAuthorization: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureRequest"];
            };
        };
        responses: {
            /** @description The CAPTURE transaction, with the payment it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequest"];
            };
        };
        responses: {
            /** @description The CANCEL transaction, with the payment it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description The payment, with the REFUND transaction the request created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWithTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelOrRefundPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrRefundRequest"];
            };
        };
        responses: {
            /** @description The CANCEL or REFUND transaction, with the payment it belongs to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelOrRefundTransaction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrRefundTransactionRequest"];
            };
        };
        responses: {
            /** @description The CANCEL or REFUND transaction, with the payment it belongs to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    openDispute: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeRequest"];
            };
        };
        responses: {
            /** @description The payment, with the CHARGEBACK transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWithTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDispute: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
                transaction_id: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeRequest"];
            };
        };
        responses: {
            /** @description The payment, with the CHARGEBACK transaction (status unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentWithTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DisputeUpdateNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notifyFulfillments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment id (UUID, 36 chars). */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfillmentsRequest"];
            };
        };
        responses: {
            /** @description Accepted; the body is empty. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveIssuers: {
        parameters: {
            query?: {
                /** @description The checkout session (retrieve-issuers.json: "The checkout session identifier (UUID, 36 chars)."). */
                checkout_session?: string;
                /** @description The country (retrieve-issuers.json: "Country code (ISO 3166-1)."). */
                country_code?: components["schemas"]["CountryCode"];
                /** @description The payment method type to filter by. */
                payment_method?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The issuers, wrapped in `issuers`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createThreeDSecureSetup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreeDSecureSetupRequest"];
            };
        };
        responses: {
            /** @description The setup, echoing what was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreeDSecureSetup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["ForbiddenThreeDSecure"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPaymentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentLinkCreateRequest"];
            };
        };
        responses: {
            /** @description The new link, in status CREATED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePaymentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link's identifier (`code`; `id` in the create response). */
                code: components["parameters"]["LinkCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelPaymentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link's identifier (`code`; `id` in the create response). */
                code: components["parameters"]["LinkCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link, now CANCELED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCustomerByMerchantCustomerId: {
        parameters: {
            query: {
                merchant_customer_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreateRequest"];
            };
        };
        responses: {
            /** @description The new customer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the body is empty. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdateRequest"];
            };
        };
        responses: {
            /** @description The customer after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomerSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSessionCreateRequest"];
            };
        };
        responses: {
            /** @description The new customer session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveEnrollablePaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer session returned by createCustomerSession. */
                customer_session: components["parameters"]["CustomerSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment methods available to enroll. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollablePaymentMethodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enrollSessionPaymentMethod: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The customer session returned by createCustomerSession. */
                customer_session: components["parameters"]["CustomerSessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionEnrollRequest"];
            };
        };
        responses: {
            /** @description The new payment method, waiting for the customer to complete the enrollment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment method, in whatever status it has reached. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reassignPaymentMethod: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignPaymentMethodRequest"];
            };
        };
        responses: {
            /** @description The payment method (shaped like the direct enroll result), with its new owner in customer_id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["ReassignBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unenrollSessionPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment method, now UNENROLLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEnrolledPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's payment methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enrollPaymentMethod: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollRequest"];
            };
        };
        responses: {
            /** @description The payment method created by the enrollment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodBase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveEnrolledPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: components["parameters"]["CustomerId"];
                /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment method. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unenrollPaymentMethod: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                customer_id: components["parameters"]["CustomerId"];
                /** @description The payment method's id; in the direct workflow this is the vaulted_token the enrollment returned. */
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment method, now UNENROLLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerCardsForAccountUpdater: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdaterRequest"];
            };
        };
        responses: {
            /** @description How many cards were accepted for registration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUpdaterResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutSessionCreateRequest"];
            };
        };
        responses: {
            /** @description The new checkout session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCheckoutPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The checkout session's identifier (`{id}` in the retrieve page's path). */
                checkout_session: components["parameters"]["CheckoutSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment methods, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutPaymentMethod"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The checkout session's identifier (`{id}` in the retrieve page's path). */
                checkout_session: components["parameters"]["CheckoutSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The checkout session's identifier (`{id}` in the retrieve page's path). */
                checkout_session: components["parameters"]["CheckoutSessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutSessionUpdateRequest"];
            };
        };
        responses: {
            /** @description The session after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCheckoutSessionToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The checkout session's identifier (`{id}` in the retrieve page's path). */
                checkout_session: components["parameters"]["CheckoutSessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutTokenRequest"];
            };
        };
        responses: {
            /** @description The token, with what Yuno read from the card. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateRequest"];
            };
        };
        responses: {
            /** @description The token, with what Yuno read from the card. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePayoutsByMerchantReference: {
        parameters: {
            query: {
                merchant_reference: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every payout with that merchant_reference (an array, possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPayout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutCreateRequest"];
            };
        };
        responses: {
            /** @description The new payout. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payout_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCreateRequest"];
            };
        };
        responses: {
            /** @description The report, IN_PROCESS until it is ready. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                page_size?: number;
                page_number?: number;
            };
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveReport: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
            };
            path: {
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadReport: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
            };
            path: {
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to download the report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDownload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebhooks: {
        parameters: {
            query: {
                /** @description The account the webhooks belong to (required on every webhook request). */
                account_id: components["parameters"]["WebhookAccountId"];
                /** @description Only the webhooks in this state; omit it for all. */
                state?: components["schemas"]["WebhookState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhooks, as a bare array (possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            400: components["responses"]["WebhookBadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateRequest"];
            };
        };
        responses: {
            /** @description The new webhook, ACTIVE. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["WebhookWriteBadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveWebhook: {
        parameters: {
            query: {
                /** @description The account the webhooks belong to (required on every webhook request). */
                account_id: components["parameters"]["WebhookAccountId"];
            };
            header?: never;
            path: {
                /** @description The webhook's identifier as create or list returns it (not a UUID in the examples). */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook, secrets masked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["WebhookBadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query: {
                /** @description The account the webhooks belong to (required on every webhook request). */
                account_id: components["parameters"]["WebhookAccountId"];
            };
            header?: never;
            path: {
                /** @description The webhook's identifier as create or list returns it (not a UUID in the examples). */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook that was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["WebhookBadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's identifier as create or list returns it (not a UUID in the examples). */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateRequest"];
            };
        };
        responses: {
            /** @description The webhook after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["WebhookWriteBadRequest"];
            401: components["responses"]["UnauthorizedNotAuthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description The page, counted from 1. */
                page?: number;
                /** @description Plans per page (20 by default). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreateRequest"];
            };
        };
        responses: {
            /** @description The new plan, ACTIVE. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's identifier, as create answers it. */
                plan_id: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PlanNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's identifier, as create answers it. */
                plan_id: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanStatusRequest"];
            };
        };
        responses: {
            /** @description The plan, CANCELED, with how many subscriptions were canceled with it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCanceled"];
                };
            };
            400: components["responses"]["PlanBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PlanNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Only the subscriptions of this customer (customer_payer.id); not a UUID gives 400 BAD_REQUEST "Invalid customer_id." */
                customer_id?: string;
                /** @description One status or several separated by commas (ACTIVE,PAUSED), spelled as the status page spells them; an unknown one gives 400 BAD_REQUEST "Invalid status: FOO." */
                status?: string;
                /** @description Only the subscriptions of this plan; a plan without subscribers, or unknown, gives an empty list; not a UUID gives 400 BAD_REQUEST "Invalid plan_id." */
                plan_id?: string;
                /** @description Created at or after this instant (inclusive); unparsable gives 400 BAD_REQUEST "Invalid created_at_from." */
                created_at_from?: string;
                /** @description Created at or before this instant (inclusive); unparsable gives 400 BAD_REQUEST "Invalid created_at_to." */
                created_at_to?: string;
                /** @description Only the subscriptions paid with this payment method type (CARD). */
                payment_method_type?: string;
                /** @description The page, from 1 (default 1); below 1 gives 400 BAD_REQUEST "The page must be greater than or equal to 1." */
                page?: number;
                /** @description Items per page, 1 to 100 (default 20); outside gives 400 BAD_REQUEST. */
                size?: number;
            };
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A UUID that makes the create safe to retry. create-subscription.json declares it without "required"; docs/webhooks/index.mdx: subscription events carry it as `data.idempotency_key`. */
                "x-idempotency-key"?: components["parameters"]["SubscriptionIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreateRequest"];
            };
        };
        responses: {
            /** @description The new subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUpdateRequest"];
            };
        };
        responses: {
            /** @description The subscription after the update, with any pending_plan_change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            409: components["responses"]["SubscriptionConflict"];
            422: components["responses"]["SubscriptionUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, now PAUSED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    resumeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, active again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, now CANCELED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrySubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account (its id, as the dashboard shows it). retry-subscription.json declares it without "required". */
                "x-account-code"?: components["parameters"]["SubscriptionAccountCode"];
            };
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    changeSubscriptionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionPlanChangeRequest"];
            };
        };
        responses: {
            /** @description The subscription on its new plan (the replacement, for a plan-to-plan change). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscriptionPayments: {
        parameters: {
            query?: {
                /** @description Items to return, 1 to 100 (default 20). */
                limit?: number;
                /** @description Items to skip (default 0); it must be a multiple of limit, else 400 BAD_REQUEST. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The subscription's `id`, as createSubscription (or changeSubscriptionPlan, for a replacement) returned it. The update and retry pages name the parameter `{id}`; it takes the same value. */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription's payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionPaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SubscriptionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMeters: {
        parameters: {
            query?: {
                /** @description The account whose meters to list. */
                account_id?: string;
                /** @description Meters to return (default 20); below 1 gives 400 INVALID_PARAMETERS. */
                limit?: number;
                /** @description Meters to skip (default 0). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterList"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMeter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeterCreateRequest"];
            };
        };
        responses: {
            /** @description The new meter, ACTIVE. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meter"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            409: components["responses"]["MeterConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveMeter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meter's `id`, as createMeter or listMeters returned it. */
                meter_id: components["parameters"]["MeterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meter"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMeter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The meter's `id`, as createMeter or listMeters returned it. */
                meter_id: components["parameters"]["MeterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeterUpdateRequest"];
            };
        };
        responses: {
            /** @description The meter after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meter"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reportUsageEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeterUsageEventRequest"];
            };
        };
        responses: {
            /** @description The event was validated and stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterUsageEvent"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlanMeters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's `id` (plans are created with Create Plan). */
                plan_id: components["parameters"]["MeterPlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan's metered prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeteredPriceList"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    attachMeterToPlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The plan's `id` (plans are created with Create Plan). */
                plan_id: components["parameters"]["MeterPlanId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeteredPriceAttachRequest"];
            };
        };
        responses: {
            /** @description The metered price. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeteredPrice"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            409: components["responses"]["MeterConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePlanMeter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The plan's `id` (plans are created with Create Plan). */
                plan_id: components["parameters"]["MeterPlanId"];
                /** @description The meter's `id`, as createMeter or listMeters returned it. */
                meter_id: components["parameters"]["MeterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeteredPriceUpdateRequest"];
            };
        };
        responses: {
            /** @description The metered price after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeteredPrice"];
                };
            };
            400: components["responses"]["MeterBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MeterForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInstallmentsPlans: {
        parameters: {
            query: {
                /** @description The account whose plans to list. */
                account_id: string;
                /** @description Only the plans of this currency. */
                currency?: components["schemas"]["CurrencyCode"];
                /** @description Only the plans defined for this IIN. */
                iin?: string;
                /** @description Only the plans whose amount range holds this amount (a string in the spec). */
                amount?: string;
                /** @description Only the plans of this payment method type ("CARD | NU_PAY_ENROLLMENT"; conflict installment-plan-filter-types). */
                payment_method_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentPlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createInstallmentsPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallmentPlanCreateRequest"];
            };
        };
        responses: {
            /** @description The new installment plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveInstallmentsPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The installment plan's `id`, as createInstallmentsPlan returned it ("Identifier of the installment plan"). */
                installment_code: components["parameters"]["InstallmentPlanCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan, in an array of one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentPlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteInstallmentsPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The installment plan's `id`, as createInstallmentsPlan returned it ("Identifier of the installment plan"). */
                installment_code: components["parameters"]["InstallmentPlanCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is not described. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateInstallmentsPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The installment plan's `id`, as createInstallmentsPlan returned it ("Identifier of the installment plan"). */
                installment_code: components["parameters"]["InstallmentPlanCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallmentPlanUpdateRequest"];
            };
        };
        responses: {
            /** @description The plan after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveApmInstallments: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallmentApmRequest"];
            };
        };
        responses: {
            /** @description The installment options, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentApmOption"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePreDebitNotificationByMerchantReference: {
        parameters: {
            query: {
                /** @description The merchant_reference the notification was created with. */
                merchant_reference: string;
            };
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreDebitNotification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPreDebitNotification: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreDebitNotificationCreateRequest"];
            };
        };
        responses: {
            /** @description The notification; check its status. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreDebitNotification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["PreDebitNotificationUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePreDebitNotification: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The `id` createPreDebitNotification returned. */
                pre_debit_notification_id: components["parameters"]["PreDebitNotificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreDebitNotification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUnreferencedRefund: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnreferencedRefundCreateRequest"];
            };
        };
        responses: {
            /** @description The refund. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreferencedRefund"];
                };
            };
            400: components["responses"]["UnreferencedRefundBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnreferencedRefundUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveUnreferencedRefund: {
        parameters: {
            query?: {
                /** @description true adds provider.raw_response, the provider's whole answer (default false). */
                include_raw_responses?: boolean;
                /** @description true returns every attempt and intermediate network answer when the refund was retried internally (default false). */
                include_transaction_responses?: boolean;
            };
            header?: never;
            path: {
                /** @description The refund's `id`, as createUnreferencedRefund returned it ("Yuno-generated unique identifier of the unreferenced refund"). No page gives it a format (conflict unreferenced-refund-identifiers). */
                unreferenced_refund_id: components["parameters"]["UnreferencedRefundId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refund. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreferencedRefund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnreferencedRefundNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecipients: {
        parameters: {
            query?: {
                /** @description How many recipients to answer (default 20). */
                limit?: number;
                /** @description How many recipients to skip (default 0). */
                offset?: number;
                /** @description Only the recipients of this national entity. */
                national_entity?: components["schemas"]["RecipientNationalEntity"];
                /** @description Only the recipients of this country (list-recipients.json: "Filter recipients by country"). */
                country?: components["schemas"]["CountryCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of recipients (data) and its position (pagination). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientCreateRequest"];
            };
        };
        responses: {
            /** @description The new recipient, with its onboardings. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient, with its onboardings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            409: components["responses"]["RecipientConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientUpdateRequest"];
            };
        };
        responses: {
            /** @description The recipient after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientOnboardingCreateRequest"];
            };
        };
        responses: {
            /** @description The new onboarding. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientOnboardingUpdateRequest"];
            };
        };
        responses: {
            /** @description The onboarding after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    continueOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientOnboardingContinueRequest"];
            };
        };
        responses: {
            /** @description The onboarding, its KYC under way. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    blockOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient the onboarding belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            409: components["responses"]["RecipientConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unblockOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient the onboarding belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            409: components["responses"]["RecipientConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient the onboarding belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            409: components["responses"]["RecipientConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transferOnboarding: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding transfer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboardingTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reverseOnboardingTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization the report belongs to. */
                "X-Organization-Code": components["parameters"]["OrganizationCode"];
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The onboarding transfer's `id`, as transferOnboarding returns it. */
                transfer_id: components["parameters"]["RecipientOnboardingTransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reversal. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboardingTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveOnboardingTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account (its id, as the dashboard shows it). Declared, not marked required, by the three pages that read onboarding transfers. */
                "x-account-code"?: components["parameters"]["RecipientOnboardingTransferAccountCode"];
            };
            path: {
                /** @description The onboarding transfer's `id`, as transferOnboarding returns it. */
                transfer_id: components["parameters"]["RecipientOnboardingTransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer, with both onboardings and their recipients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboardingTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RecipientOnboardingTransferUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOnboardingTransfers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account (its id, as the dashboard shows it). Declared, not marked required, by the three pages that read onboarding transfers. */
                "x-account-code"?: components["parameters"]["RecipientOnboardingTransferAccountCode"];
            };
            path: {
                /** @description The onboarding's `id`, as createOnboarding returns it (or an item of the recipient's `onboardings`). Not checked as a UUID: the pages' own example ids have 35 characters (get-onboarding.json: "104911d-5df9-429e-8488-ad41abea1a4b"; list-onboarding-transfers.json says "(UUID)"; conflict onboarding-id-format). */
                onboarding_id: components["parameters"]["RecipientOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboardingTransfer"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RecipientOnboardingTransferUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecipientTransfers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account (its id, as the dashboard shows it). Declared, not marked required, by the three pages that read onboarding transfers. */
                "x-account-code"?: components["parameters"]["RecipientOnboardingTransferAccountCode"];
            };
            path: {
                /** @description The recipient's `id`, as createRecipient (or listRecipients) returns it. */
                recipient_id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientOnboardingTransfer"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RecipientOnboardingTransferUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecipientNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestPaymentSplitTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry. request-a-transfer.json declares it without marking it required. */
                "X-Idempotency-Key"?: components["parameters"]["PaymentSplitTransferIdempotencyKey"];
            };
            path: {
                /** @description The split payment's id (createPayment's `id`). */
                payment_id: components["parameters"]["PaymentSplitTransferPaymentId"];
                /** @description The payment's transaction (createPayment's `transactions.id`). */
                transaction_id: components["parameters"]["PaymentSplitTransferTransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSplitTransferRequest"];
            };
        };
        responses: {
            /** @description The transfer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitTransfer"];
                };
            };
            400: components["responses"]["PaymentSplitTransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createStandaloneTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandaloneTransferCreateRequest"];
            };
        };
        responses: {
            /** @description The transfer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitTransfer"];
                };
            };
            400: components["responses"]["StandaloneTransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StandaloneTransferNotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["StandaloneTransferBadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveStandaloneTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The standalone transfer's `id`, as createStandaloneTransfer returns it (a UUID in the operation examples, TRF_7kB2mQ9xPnL4vR in the schema and the webhook examples; the page gives no length or format). */
                transfer_id: components["parameters"]["StandaloneTransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer, with its transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitTransfer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StandaloneTransferNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reverseStandaloneTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The standalone transfer's `id`, as createStandaloneTransfer returns it (a UUID in the operation examples, TRF_7kB2mQ9xPnL4vR in the schema and the webhook examples; the page gives no length or format). */
                transfer_id: components["parameters"]["StandaloneTransferId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandaloneTransferReverseRequest"];
            };
        };
        responses: {
            /** @description The transfer after the reversal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitTransfer"];
                };
            };
            400: components["responses"]["StandaloneTransferBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StandaloneTransferNotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["StandaloneTransferBadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSeller: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
                /** @description manage-sellers.mdx lists it as "Recommended (POST)": optional, on createSeller only. */
                "X-Idempotency-Key"?: components["parameters"]["SellerIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerCreateRequest"];
            };
        };
        responses: {
            /** @description The new seller. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            400: components["responses"]["SellerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["SellerConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveSeller: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The merchant's own identifier of the seller (`merchant_seller_id` of createSeller), not the Yuno `seller_id`. */
                merchant_seller_id: components["parameters"]["SellerMerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            400: components["responses"]["SellerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SellerNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replaceSeller: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The merchant's own identifier of the seller (`merchant_seller_id` of createSeller), not the Yuno `seller_id`. */
                merchant_seller_id: components["parameters"]["SellerMerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerReplaceRequest"];
            };
        };
        responses: {
            /** @description The seller as replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            400: components["responses"]["SellerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SellerNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSeller: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The merchant's own identifier of the seller (`merchant_seller_id` of createSeller), not the Yuno `seller_id`. */
                merchant_seller_id: components["parameters"]["SellerMerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SellerBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SellerNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccountGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAccountGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new account group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveAccountGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAccountGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAccountGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AccountGroupUpdateRequest"];
            };
        };
        responses: {
            /** @description The account group after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccountGroupAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's accounts, in `data`, with a `pagination` object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrganizationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationAccountCreateRequest"];
            };
        };
        responses: {
            /** @description The new account, with the group it belongs to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts, in `data`, with a `pagination` object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveOrganizationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id, as createOrganizationAccount (or a list of accounts) returns it. */
                account_id: components["parameters"]["OrganizationAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, with the group it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteOrganizationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id, as createOrganizationAccount (or a list of accounts) returns it. */
                account_id: components["parameters"]["OrganizationAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A confirmation message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccountDisabled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOrganizationAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id, as createOrganizationAccount (or a list of accounts) returns it. */
                account_id: components["parameters"]["OrganizationAccountId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OrganizationAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The account after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Only the users with a permission on this account group. */
                account_group_id?: string;
                /** @description Only the users with a permission on this account. */
                account_id?: string;
                /** @description The page to return (default 1). */
                page?: number;
                /** @description Users per page (default 20). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, in `data`, with a `pagination` object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateRequest"];
            };
        };
        responses: {
            /** @description The new user, with the permissions assigned. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, with its permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdateRequest"];
            };
        };
        responses: {
            /** @description The user after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    authenticateWhitelabelUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelabelAuthRequest"];
            };
        };
        responses: {
            /** @description The token, its type and its lifetime. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelabelToken"];
                };
            };
            400: components["responses"]["WhitelabelAuthBadRequest"];
            401: components["responses"]["WhitelabelAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreateRequest"];
            };
        };
        responses: {
            /** @description The new role. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role's id, as createRole or listRoles returns it (not a UUID: list-roles.json shows "rol_AbCdEfGhIjKl"). */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The role's id, as createRole or listRoles returns it (not a UUID: list-roles.json shows "rol_AbCdEfGhIjKl"). */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RoleUpdateRequest"];
            };
        };
        responses: {
            /** @description The role after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPermissionsCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sections, as a bare array, each with its permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionsCatalogSection"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveUserAccountPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account assignment of the user, with the account's and the role's names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replaceUserAccountPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAccountPermissionsRequest"];
            };
        };
        responses: {
            /** @description A status, not the assignments (unlike the PATCH). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissionsReplaced"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateUserAccountPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAccountPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every account assignment of the user after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUserAccountPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
                /** @description The account's id, as createOrganizationAccount (or a list of accounts) returns it. */
                account_id: components["parameters"]["OrganizationAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveUserAccountGroupPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account-group assignment of the user, with names and the group's account count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountGroupPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replaceUserAccountGroupPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAccountGroupPermissionsRequest"];
            };
        };
        responses: {
            /** @description A status, not the assignments (unlike the PATCH). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissionsReplaced"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateUserAccountGroupPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAccountGroupPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every account-group assignment of the user after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountGroupPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUserAccountGroupPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id, as createUser (or listUsers) returns it. */
                user_id: components["parameters"]["UserId"];
                /** @description The account group's id, as createAccountGroup (or listAccountGroups) returns it. */
                account_group_id: components["parameters"]["AccountGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; the body is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveProviderCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider of Yuno's catalog (STRIPE, ADYEN, CYBERSOURCE, ...). */
                provider_id: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider's payment methods and parameter tree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderCatalog"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            404: components["responses"]["ProviderCatalogNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionCreateRequest"];
            };
        };
        responses: {
            /** @description The new connection, ACTIVE, secrets masked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionCreated"];
                };
            };
            400: components["responses"]["ConnectionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            409: components["responses"]["ConnectionConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connection_id createConnection returned; it must belong to the account of the keys. */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            404: components["responses"]["ConnectionNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoutings: {
        parameters: {
            query: {
                /** @description The account whose routings to list; it must belong to the organization of the keys. */
                account_id: string;
                /** @description Only the routing of this payment method (CARD, PIX, ...); omit it for all. */
                payment_method?: components["schemas"]["PaymentMethodType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routings, as a bare array (possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routing"][];
                };
            };
            400: components["responses"]["RoutingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRouting: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingCreateRequest"];
            };
        };
        responses: {
            /** @description The routing, live. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routing"];
                };
            };
            400: components["responses"]["RoutingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            409: components["responses"]["RoutingConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveRouting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id createRouting returned. The specs say format uuid, every example is "r_" and a UUID (conflict routing-id-format): any string here. */
                routing_id: components["parameters"]["RoutingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            404: components["responses"]["RoutingNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRouting: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id createRouting returned. The specs say format uuid, every example is "r_" and a UUID (conflict routing-id-format): any string here. */
                routing_id: components["parameters"]["RoutingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingUpdateRequest"];
            };
        };
        responses: {
            /** @description The routing after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Routing"];
                };
            };
            400: components["responses"]["RoutingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ConnectionForbidden"];
            404: components["responses"]["RoutingNotFound"];
            409: components["responses"]["RoutingConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRoutingRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingRecommendationRequest"];
            };
        };
        responses: {
            /** @description The recommended candidate and the ranking of every candidate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRecommendation"];
                };
            };
            400: components["responses"]["RoutingRecommendationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["RoutingRecommendationForbidden"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["RoutingRecommendationBadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBankingAccount: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankingAccountCreateRequest"];
            };
        };
        responses: {
            /** @description The new account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingAccount"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    retrieveBankingAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
                account_id: components["parameters"]["BankingAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, with its balance, identifiers and rails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingAccount"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    closeBankingAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
                account_id: components["parameters"]["BankingAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, now CLOSED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingAccount"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    updateBankingAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
                account_id: components["parameters"]["BankingAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankingAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The account after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingAccount"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    createBankingEntity: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankingEntityCreateRequest"];
            };
        };
        responses: {
            /** @description The new entity, sensitive numbers masked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingEntity"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["BankingConflict"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    retrieveBankingEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingEntity"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    updateBankingEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankingEntityUpdateRequest"];
            };
        };
        responses: {
            /** @description The entity after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingEntity"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    createEntityOnboarding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityOnboardingCreateRequest"];
            };
        };
        responses: {
            /** @description The onboarding (PENDING in the example). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboarding"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    retrieveEntityOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
                /** @description The onboarding's id, as createEntityOnboarding returns it (`onb_...`). */
                onboarding_id: components["parameters"]["EntityOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboarding"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    updateEntityOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
                /** @description The onboarding's id, as createEntityOnboarding returns it (`onb_...`). */
                onboarding_id: components["parameters"]["EntityOnboardingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityOnboardingUpdateRequest"];
            };
        };
        responses: {
            /** @description The onboarding after the update (a short form: id, entity_id, status, provider_status, requirements, updated_at). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboarding"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    cancelEntityOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's id, as createBankingEntity returns it (`ent_...`). */
                entity_id: components["parameters"]["BankingEntityId"];
                /** @description The onboarding's id, as createEntityOnboarding returns it (`onb_...`). */
                onboarding_id: components["parameters"]["EntityOnboardingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding, now CANCELLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboarding"];
                };
            };
            /** @description The onboarding, now CANCELLED (accepted). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityOnboarding"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    initiateEntityTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund (payments);
                 *     on both enrollments (checkout and direct workflow), the direct unenroll and the Card Account Updater
                 *     registration (payment methods); on opening and updating a dispute; and on the 3DS setup.
                 */
                "X-Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityTransferCreateRequest"];
            };
        };
        responses: {
            /** @description The transfer, PENDING. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityTransfer"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            422: components["responses"]["BankingUnprocessable"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    retrieveEntityTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
                account_id: components["parameters"]["BankingAccountId"];
                /** @description The transfer's id, as initiateEntityTransfer returns it (`xfer_...`; the pages say "UUID, 36 chars", conflict banking-path-ids). */
                transfer_id: components["parameters"]["EntityTransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityTransfer"];
                };
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    cancelEntityTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The banking account's id, as createBankingAccount returns it (`acct_...`). The pages describe it as the Yuno account UUID; every example is an `acct_` id (conflict banking-path-ids). */
                account_id: components["parameters"]["BankingAccountId"];
                /** @description The transfer's id, as initiateEntityTransfer returns it (`xfer_...`; the pages say "UUID, 36 chars", conflict banking-path-ids). */
                transfer_id: components["parameters"]["EntityTransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canceled. The docs give no body for this answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BankingBadRequest"];
            401: components["responses"]["BankingUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BankingNotFound"];
            429: components["responses"]["BankingTooManyRequests"];
            500: components["responses"]["BankingInternalError"];
            502: components["responses"]["BankingBadGateway"];
            504: components["responses"]["BankingGatewayTimeout"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Results per page; default 20. */
                limit?: number;
                /** @description Results to skip; default 0. */
                offset?: number;
                /** @description Filter by start date (ISO 8601). */
                start_date?: components["schemas"]["DateTime"];
                /** @description Filter by end date (ISO 8601). */
                end_date?: components["schemas"]["DateTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreateRequest"];
            };
        };
        responses: {
            /** @description The new campaign, wrapped in data. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign and its rules, wrapped in data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCampaignStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description The campaign (id, name, status, updated_at), wrapped in data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaignRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRulesCreateRequest"];
            };
        };
        responses: {
            /** @description The rules created, ACTIVE, wrapped in data. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCampaignRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
                /** @description The rule's id, as createCampaignRules returns it. */
                rule_id: components["parameters"]["CampaignRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule, wrapped in data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRuleEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCampaignRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
                /** @description The rule's id, as createCampaignRules returns it. */
                rule_id: components["parameters"]["CampaignRuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRuleUpdateRequest"];
            };
        };
        responses: {
            /** @description The rule, wrapped in data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRuleEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCampaignRuleStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, as createCampaign returns it. */
                campaign_id: components["parameters"]["CampaignId"];
                /** @description The rule's id, as createCampaignRules returns it. */
                rule_id: components["parameters"]["CampaignRuleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRuleStatusUpdateRequest"];
            };
        };
        responses: {
            /** @description The rule's status, not wrapped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRuleStatusResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["CampaignUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCheckouts: {
        parameters: {
            query?: {
                /** @description Case-insensitive contains on the name (% and _ match literally). */
                name?: string;
                /** @description Case-insensitive contains on the id. */
                id?: string;
                /** @description One or several statuses (ORed), repeated or comma-separated; an invalid value gives 400. */
                status?: string | components["schemas"]["CustomCheckoutStatus"][];
                /** @description Inclusive lower bound on created_at. */
                created_after?: components["schemas"]["DateTime"];
                /** @description Inclusive upper bound on created_at. */
                created_before?: components["schemas"]["DateTime"];
                /** @description Inclusive lower bound on updated_at. */
                updated_after?: components["schemas"]["DateTime"];
                /** @description Inclusive upper bound on updated_at. */
                updated_before?: components["schemas"]["DateTime"];
                /** @description 1-based page; default 1. */
                page?: number;
                /** @description Page size; default 25. */
                size?: number;
            };
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkouts: a bare array, or data and pagination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomCheckoutList"];
                };
            };
            400: components["responses"]["CustomCheckoutBadRequest"];
            401: components["responses"]["CustomCheckoutUnauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCheckout: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
                /** @description Optional and best-effort: replays are not guaranteed to be de-duplicated (the publish spec calls it a client-generated UUID that prevents a double publish; conflict checkout-idempotency). */
                "X-Idempotency-Key"?: components["parameters"]["CustomCheckoutIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomCheckoutCreateRequest"];
            };
        };
        responses: {
            /** @description The new checkout; its id is the checkout_code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomCheckoutSummary"];
                };
            };
            400: components["responses"]["CustomCheckoutBadRequest"];
            401: components["responses"]["CustomCheckoutUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CustomCheckoutNotFound"];
            409: components["responses"]["CustomCheckoutConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveCheckout: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
            };
            path: {
                /** @description The checkout's id (createCheckout's or listCheckouts' `id`). A non-UUID is refused with 400 before any processing. */
                checkout_code: components["parameters"]["CustomCheckoutCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomCheckout"];
                };
            };
            400: components["responses"]["CustomCheckoutBadRequest"];
            401: components["responses"]["CustomCheckoutUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CustomCheckoutNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publishCheckoutConfiguration: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
                /** @description Optional and best-effort: replays are not guaranteed to be de-duplicated (the publish spec calls it a client-generated UUID that prevents a double publish; conflict checkout-idempotency). */
                "X-Idempotency-Key"?: components["parameters"]["CustomCheckoutIdempotencyKey"];
            };
            path: {
                /** @description The checkout's id (createCheckout's or listCheckouts' `id`). A non-UUID is refused with 400 before any processing. */
                checkout_code: components["parameters"]["CustomCheckoutCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomCheckoutPublishRequest"];
            };
        };
        responses: {
            /** @description The checkout after the publish. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomCheckout"];
                };
            };
            400: components["responses"]["CustomCheckoutBadRequest"];
            401: components["responses"]["CustomCheckoutUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CustomCheckoutNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCheckoutLifecycle: {
        parameters: {
            query?: never;
            header: {
                /** @description The account (its id, as the dashboard shows it). The specs spell it X-account-code and x-account-code; header names are case-insensitive. Required only by reassignPaymentMethod and deleteCustomer (conflict account-code-header). */
                "X-Account-Code": components["parameters"]["AccountCode"];
                /** @description Optional and best-effort: replays are not guaranteed to be de-duplicated (the publish spec calls it a client-generated UUID that prevents a double publish; conflict checkout-idempotency). */
                "X-Idempotency-Key"?: components["parameters"]["CustomCheckoutIdempotencyKey"];
            };
            path: {
                /** @description The checkout's id (createCheckout's or listCheckouts' `id`). A non-UUID is refused with 400 before any processing. */
                checkout_code: components["parameters"]["CustomCheckoutCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomCheckoutLifecycleRequest"];
            };
        };
        responses: {
            /** @description The checkout summary after the change (read its status with retrieveCheckout). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomCheckoutSummary"];
                };
            };
            400: components["responses"]["CustomCheckoutBadRequest"];
            401: components["responses"]["CustomCheckoutUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CustomCheckoutNotFound"];
            409: components["responses"]["CustomCheckoutConflict"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPciProxyDestinations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The destinations of the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciProxyDestinationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerPciProxyDestination: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PciProxyDestinationCreateRequest"];
            };
        };
        responses: {
            /** @description The destination, ENABLED. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciProxyDestination"];
                };
            };
            400: components["responses"]["PciProxyBadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["PciProxyConflict"];
            422: components["responses"]["PciProxyUnprocessable"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removePciProxyDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The destination's id, from registerPciProxyDestination or listPciProxyDestinations. */
                id: components["parameters"]["PciProxyDestinationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["PciProxyBadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PciProxyNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enablePciProxyDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The destination's id, from registerPciProxyDestination or listPciProxyDestinations. */
                id: components["parameters"]["PciProxyDestinationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The destination, ENABLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciProxyDestination"];
                };
            };
            400: components["responses"]["PciProxyBadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PciProxyNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    disablePciProxyDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The destination's id, from registerPciProxyDestination or listPciProxyDestinations. */
                id: components["parameters"]["PciProxyDestinationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The destination, DISABLED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciProxyDestination"];
                };
            };
            400: components["responses"]["PciProxyBadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["PciProxyNotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    invokeForwardProxy: {
        parameters: {
            query?: never;
            header: {
                /** @description The full destination URL with path and query: a public HTTPS host on port 443 that is on the allowlist; never a {{vaulted_token...}} expression. */
                "yuno-proxy-destination-url": string;
                /** @description Seconds to wait for the destination; default 30. */
                "yuno-proxy-timeout"?: string;
                /** @description Narrows which allowlisted destinations apply; does not change token resolution. Stripped before forwarding. */
                "yuno-account-id"?: string;
                /** @description A signing scheme: the proxy signs the resolved body. DLOCAL_HMAC needs X-Login and X-Trans-Key headers. */
                "yuno-proxy-auth"?: "DLOCAL_HMAC";
                /** @description The signing secret; required with yuno-proxy-auth. Stripped and not logged. */
                "yuno-proxy-auth-secret-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PciProxyForwardRequest"];
                "*/*": unknown;
            };
        };
        responses: {
            /** @description The destination's answer (its own status, which need not be 200; see yuno-proxy-destination-status). */
            200: {
                headers: {
                    /**
                     * @description This proxy invocation.
                     * @example 7b3f0c2e-5a1d-4c8e-9f6a-2d4b8e1c3a90
                     */
                    "yuno-proxy-request-id"?: string;
                    /**
                     * @description The destination's HTTP status; only when it was reached.
                     * @example 200
                     */
                    "yuno-proxy-destination-status"?: string;
                    /**
                     * @description How many expressions were replaced.
                     * @example 4
                     */
                    "yuno-proxy-replacements"?: string;
                    /**
                     * @description How many card numbers were redacted from the answer.
                     * @example 1
                     */
                    "yuno-proxy-response-redactions"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciProxyForwardResponse"];
                };
            };
            400: components["responses"]["PciProxyBadRequest"];
            401: components["responses"]["PciProxyUnauthorized"];
            403: components["responses"]["PciProxyForbidden"];
            413: components["responses"]["PciProxyTooLarge"];
            429: components["responses"]["PciProxyTooManyRequests"];
            500: components["responses"]["PciProxyInternalError"];
            502: components["responses"]["PciProxyBadGateway"];
            504: components["responses"]["PciProxyGatewayTimeout"];
        };
    };
    registerPaymentMethodDomains: {
        parameters: {
            query?: never;
            header?: {
                /** @description Declared, optional and undescribed by register-domain.json. */
                "X-Idempotency-Key"?: components["parameters"]["PaymentMethodDomainIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentMethodDomainRegisterRequest"];
            };
        };
        responses: {
            /** @description The registrations, REGISTERED. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodDomainRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrievePaymentMethodDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain registration's id (`dom_...`), from registerPaymentMethodDomains. */
                id: components["parameters"]["PaymentMethodDomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodDomain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePaymentMethodDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain registration's id (`dom_...`), from registerPaymentMethodDomains. */
                id: components["parameters"]["PaymentMethodDomainId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PaymentMethodDomainDeleteRequest"];
            };
        };
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recoverDeclinedPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclinedPaymentRecoveryRequest"];
            };
        };
        responses: {
            /** @description The communication was taken. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclinedPaymentRecoveryResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    initiateAbandonedFlowRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbandonedFlowRecoveryRequest"];
            };
        };
        responses: {
            /** @description Outreach initiated; the docs give no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    generateNetworkTokenCryptogram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkTokenCryptogramRequest"];
            };
        };
        responses: {
            /** @description The cryptogram. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkTokenCryptogram"];
                };
            };
            400: components["responses"]["NetworkTokenBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NetworkTokenForbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["NetworkTokenBadGateway"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieveConversionRate: {
        parameters: {
            query?: never;
            header: {
                /** @description The public API key, under the name get-conversion-rate.json gives it (conflict conversion-key-headers). */
                "X-Public-Api-Key": components["parameters"]["ConversionRatePublicApiKey"];
                /** @description The private secret key, under the name get-conversion-rate.json gives it (conflict conversion-key-headers). */
                "X-Private-Secret-Key": components["parameters"]["ConversionRatePrivateSecretKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversionRateRequest"];
            };
        };
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionRate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reportTransactions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionReportRequest"];
            };
        };
        responses: {
            /** @description The batch, processed per event. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionReportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["TransactionReportForbidden"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerDryRunProviderEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and payload within 24 h: the original answer; same key, another payload: 409. */
                "X-Idempotency-Key"?: components["parameters"]["DryRunIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DryRunProviderEventRequest"];
            };
        };
        responses: {
            /** @description The registration. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DryRunProviderEvent"];
                };
            };
            400: components["responses"]["DryRunBadRequest"];
            401: components["responses"]["DryRunUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DryRunNotFound"];
            409: components["responses"]["DryRunConflict"];
            413: components["responses"]["DryRunTooLarge"];
            415: components["responses"]["DryRunUnsupportedMediaType"];
            429: components["responses"]["DryRunTooManyRequests"];
            500: components["responses"]["InternalError"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    paymentEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: components["parameters"]["HmacSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentWebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer makes Yuno retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    enrollmentEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: components["parameters"]["HmacSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentWebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer makes Yuno retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    subscriptionEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: components["parameters"]["HmacSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionWebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer makes Yuno retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onboardingEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: components["parameters"]["HmacSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientOnboardingWebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer makes Yuno retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    splitTransferEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: components["parameters"]["HmacSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitTransferWebhookEvent"];
            };
        };
        responses: {
            /** @description Received. Any other answer makes Yuno retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bankingIncomingTransferEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankingIncomingTransferEvent"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankingWebhookAck"];
                };
            };
        };
    };
}
