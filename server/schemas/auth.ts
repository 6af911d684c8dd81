import Type from 'typebox';

export const StaffRoleSchema = Type.Union([
  Type.Literal('admin'),
  Type.Literal('researcher'),
  Type.Literal('analyst'),
  Type.Literal('coordinator'),
]);

export const StaffUserSchema = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  role: StaffRoleSchema,
  countryCodes: Type.Array(Type.String()),
  createdAt: Type.String(),
  disabledAt: Type.Union([Type.String(), Type.Null()]),
  passwordChangeRequired: Type.Boolean({
    description: 'After an admin reset the password: the user must choose a new one before anything else',
  }),
});

export const LoginBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const SessionView = Type.Object({
  user: StaffUserSchema,
  csrfToken: Type.String({ description: 'Send as the x-csrf-token header on every state-changing request' }),
  permissions: Type.Array(Type.String(), { description: 'What this user may do, e.g. surveys:write' }),
  expiresAt: Type.String(),
});

export const CountryCode = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 code of an ASEAN member state',
});

export const NewUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    role: StaffRoleSchema,
    password: Type.String({ minLength: 12, maxLength: 1024 }),
    countryCodes: Type.Optional(Type.Array(CountryCode, { maxItems: 11, uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const UserPatchBody = Type.Object(
  {
    disabled: Type.Optional(Type.Boolean({ description: 'true signs the user out and stops their sign-in' })),
    role: Type.Optional(StaffRoleSchema),
    countryCodes: Type.Optional(
      Type.Array(CountryCode, {
        maxItems: 11,
        uniqueItems: true,
        description: "With role: a coordinator's member states (empty for other roles)",
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PasswordResetView = Type.Object({
  user: StaffUserSchema,
  oneTimePassword: Type.String({
    description: 'Shown this once and never stored: the user signs in with it and must then choose their own',
  }),
});

export const PasswordChangeBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
