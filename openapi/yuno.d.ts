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
        /** Retrieve a payment by id */
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
        delete?: never;
        options?: never;
        head?: never;
        /** Update a customer */
        patch: operations["updateCustomer"];
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
         * @description Every documented error code (specs/errors.yaml lists them by HTTP status).
         * @enum {string}
         */
        ErrorCode: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS" | "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE" | "AUTHORIZATION_REQUIRED" | "UNSUPPORTED_METHOD" | "INTERNAL_ERROR" | "REQUEST_TIMEOUT";
        Error400: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INVALID_REQUEST" | "INVALID_PARAMETERS" | "MISSING_PARAMETERS" | "INVALID_STATUS" | "COUNTRY_NOT_SUPPORTED" | "CURRENCY_NOT_ALLOWED" | "CUSTOMER_ID_DUPLICATED" | "INVALID_AMOUNT" | "INVALID_ACCOUNT_ID" | "INVALID_TRANSACTION" | "INVALID_API_VERSION" | "INVALID_TRANSACTION_TYPE" | "CHARGEBACK_IN_PROCESS" | "UNAVAILABLE_PAYMENT_METHOD" | "NOT_FOUND" | "UNEXPECTED_RESPONSE" | "BAD_REQUEST" | "INVALID_REPORT_ID" | "INVALID_REPORT_TYPE" | "INVALID_DATE_FORMAT" | "REPORT_MAX_RANGE_ERROR" | "REPORT_RANGE_ERROR" | "REPORT_STATUS_ERROR" | "REPORT_EMPTY" | "PAYMENT_METHOD_NOT_FOUND" | "PAYMENT_METHOD_STATUS_INVALID" | "INCORRECT_PAYMENT_METHOD_TYPE" | "SUBSCRIPTION_NOT_FOUND" | "INVALID_STATE" | "INVALID_DATE" | "INVALID_CUSTOMER_FOR_TOKEN" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "IDEMPOTENCY_DUPLICATED" | "REQUEST_IN_PROCESS";
        };
        Error401: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INVALID_CREDENTIALS" | "EXPIRED_CREDENTIALS" | "UNKNOWN_IP_ADDRESS" | "INVALID_TOKEN" | "TOKEN_IN_USE";
        };
        Error403: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "AUTHORIZATION_REQUIRED";
        };
        Error404: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "NOT_FOUND" | "PAYMENT_NOT_FOUND" | "TRANSACTION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "CHECKOUT_SESSION_NOT_FOUND" | "REPORT_NOT_FOUND" | "PAYMENT_METHOD_NOT_FOUND";
        };
        Error500: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "INTERNAL_ERROR";
        };
        Error504: components["schemas"]["Error"] & {
            /** @enum {unknown} */
            code: "REQUEST_TIMEOUT";
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
    };
    parameters: {
        /**
         * @description A UUID that makes the request safe to retry. Reusing it returns the original result; kept 24 h.
         *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
            query?: never;
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                 *     Documented as required on create, authorize, capture, cancel, refund and cancel-or-refund.
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
                checkout_session: string;
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
    paymentEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description base64 of HMAC-SHA256 over the raw body. */
                "x-hmac-signature"?: string;
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
}
