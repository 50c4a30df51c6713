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
            beneficiary?: Record<string, unknown> | null;
            metadata?: components["schemas"]["Metadata"];
            created_at: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"] | null;
            transactions?: {
                id: string;
                status: components["schemas"]["PayoutStatus"];
                type: string;
                response_code?: string | null;
                amount?: components["schemas"]["Amount"] | null;
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
}
