"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_branch_code'))
    )
    op.create_table('fee_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operation', sa.String(length=40), nullable=False),
    sa.Column('fixed', sa.BigInteger(), nullable=False),
    sa.Column('percent', sa.String(length=12), nullable=False),
    sa.Column('minimum', sa.BigInteger(), nullable=False),
    sa.Column('maximum', sa.BigInteger(), nullable=True),
    sa.Column('vat', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_rule')),
    sa.UniqueConstraint('operation', name=op.f('uq_fee_rule_operation'))
    )
    op.create_table('holiday_override',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_holiday_override'))
    )
    op.create_table('institution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ledger_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('tax_id', sa.String(length=20), nullable=False),
    sa.Column('profile', sa.String(length=20), nullable=False),
    sa.Column('region', sa.String(length=10), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution')),
    sa.UniqueConstraint('ledger_id', name=op.f('uq_institution_ledger_id'))
    )
    op.create_table('receipt_counter',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_receipt_counter_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', 'year', name=op.f('pk_receipt_counter'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_staff_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_mac', sa.String(length=64), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_log_staff_id_staff')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    op.create_table('eod_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('started_by', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('audit_head_seq', sa.Integer(), nullable=True),
    sa.Column('audit_head_mac', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['started_by'], ['staff.id'], name=op.f('fk_eod_run_started_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eod_run')),
    sa.UniqueConstraint('business_date', name=op.f('uq_eod_run_business_date'))
    )
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('document_type', sa.String(length=10), nullable=False),
    sa.Column('document', sa.String(length=20), nullable=False),
    sa.Column('document_expiry', sa.Date(), nullable=True),
    sa.Column('given_names', sa.String(length=120), nullable=False),
    sa.Column('surnames', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('occupation', sa.String(length=100), nullable=False),
    sa.Column('income_source', sa.String(length=100), nullable=False),
    sa.Column('pep', sa.Boolean(), nullable=False),
    sa.Column('risk', sa.String(length=10), nullable=False),
    sa.Column('bank_account', sa.String(length=40), nullable=False),
    sa.Column('bank_name', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('sort_key', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_member_branch_id_branch')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_member_created_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('document', name=op.f('uq_member_document')),
    sa.UniqueConstraint('number', name=op.f('uq_member_number'))
    )
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('product', sa.String(length=24), nullable=False),
    sa.Column('normal_side', sa.String(length=1), nullable=False),
    sa.Column('chart_code', sa.String(length=12), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('allow_negative', sa.Boolean(), nullable=False),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.Column('held', sa.BigInteger(), nullable=False),
    sa.Column('postings', sa.Integer(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.CheckConstraint("normal_side in ('D','C')", name=op.f('ck_account_side')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_account_branch_id_branch')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_account_member_id_member')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_account_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('number', name=op.f('uq_account_number'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_member_id'), ['member_id'], unique=False)

    op.create_table('entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('receipt_year', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('value_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('acted_by_member_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('reverses_entry_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['acted_by_member_id'], ['member.id'], name=op.f('fk_entry_acted_by_member_id_member')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_entry_branch_id_branch')),
    sa.ForeignKeyConstraint(['reverses_entry_id'], ['entry.id'], name=op.f('fk_entry_reverses_entry_id_entry')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_entry_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry')),
    sa.UniqueConstraint('branch_id', 'receipt_year', 'receipt_no', name='uq_entry_receipt'),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_entry_idempotency_key')),
    sa.UniqueConstraint('reverses_entry_id', name=op.f('uq_entry_reverses_entry_id'))
    )
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_business_date'), ['business_date'], unique=False)

    op.create_table('eod_step',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('job', sa.String(length=40), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['eod_run.id'], name=op.f('fk_eod_step_run_id_eod_run')),
    sa.PrimaryKeyConstraint('run_id', 'job', name=op.f('pk_eod_step'))
    )
    op.create_table('member_search_term',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.Column('sort_key', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_search_term_member_id_member')),
    sa.PrimaryKeyConstraint('member_id', 'term', name=op.f('pk_member_search_term'))
    )
    with op.batch_alter_table('member_search_term', schema=None) as batch_op:
        batch_op.create_index('ix_member_search_term_term_sort', ['term', 'sort_key', 'member_id'], unique=False)

    op.create_table('petition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_petition_branch_id_branch')),
    sa.ForeignKeyConstraint(['decided_by'], ['staff.id'], name=op.f('fk_petition_decided_by_staff')),
    sa.ForeignKeyConstraint(['maker_id'], ['staff.id'], name=op.f('fk_petition_maker_id_staff')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_petition_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition'))
    )
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_petition_status_created', ['status', 'created_at'], unique=False)

    op.create_table('representative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['member.id'], name=op.f('fk_representative_organisation_id_member')),
    sa.ForeignKeyConstraint(['person_id'], ['member.id'], name=op.f('fk_representative_person_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_representative'))
    )
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_representative_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('account_holder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_holder_account_id_account')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_account_holder_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_holder'))
    )
    with op.batch_alter_table('account_holder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_holder_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_holder_member_id'), ['member_id'], unique=False)

    op.create_table('drawer_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opening_count', sa.JSON(), nullable=False),
    sa.Column('opening_amount', sa.BigInteger(), nullable=False),
    sa.Column('closing_count', sa.JSON(), nullable=True),
    sa.Column('counted_amount', sa.BigInteger(), nullable=True),
    sa.Column('expected_amount', sa.BigInteger(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_drawer_session_account_id_account')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_drawer_session_branch_id_branch')),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_drawer_session_petition_id_petition')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_drawer_session_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawer_session'))
    )
    with op.batch_alter_table('drawer_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drawer_session_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index('ix_drawer_session_status', ['status'], unique=False)

    op.create_table('funds_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('declared_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_funds_declaration_entry_id_entry')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_funds_declaration_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funds_declaration')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_funds_declaration_entry_id'))
    )
    with op.batch_alter_table('funds_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funds_declaration_member_id'), ['member_id'], unique=False)

    op.create_table('hold',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('placed_at', sa.DateTime(), nullable=False),
    sa.Column('placed_by', sa.Integer(), nullable=False),
    sa.Column('released_at', sa.DateTime(), nullable=True),
    sa.Column('released_by', sa.Integer(), nullable=True),
    sa.CheckConstraint('amount > 0', name=op.f('ck_hold_positive')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_hold_account_id_account')),
    sa.ForeignKeyConstraint(['placed_by'], ['staff.id'], name=op.f('fk_hold_placed_by_staff')),
    sa.ForeignKeyConstraint(['released_by'], ['staff.id'], name=op.f('fk_hold_released_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hold'))
    )
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hold_account_id'), ['account_id'], unique=False)

    op.create_table('member_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('petition_id', sa.Integer(), nullable=True),
    sa.Column('blocked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_history_member_id_member')),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_member_history_petition_id_petition')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_member_history_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_history'))
    )
    with op.batch_alter_table('member_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_history_member_id'), ['member_id'], unique=False)

    op.create_table('petition_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_petition_event_petition_id_petition')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_petition_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_event'))
    )
    with op.batch_alter_table('petition_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_event_petition_id'), ['petition_id'], unique=False)

    op.create_table('posting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('balance_after', sa.BigInteger(), nullable=False),
    sa.Column('memo', sa.String(length=120), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_posting_nonzero')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_posting_account_id_account')),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_posting_entry_id_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posting')),
    sa.UniqueConstraint('account_id', 'seq', name='uq_posting_account_seq')
    )
    with op.batch_alter_table('posting', schema=None) as batch_op:
        batch_op.create_index('ix_posting_account_date_seq', ['account_id', 'business_date', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_posting_entry_id'), ['entry_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('posting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_posting_entry_id'))
        batch_op.drop_index('ix_posting_account_date_seq')

    op.drop_table('posting')
    with op.batch_alter_table('petition_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petition_event_petition_id'))

    op.drop_table('petition_event')
    with op.batch_alter_table('member_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_history_member_id'))

    op.drop_table('member_history')
    with op.batch_alter_table('hold', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hold_account_id'))

    op.drop_table('hold')
    with op.batch_alter_table('funds_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funds_declaration_member_id'))

    op.drop_table('funds_declaration')
    with op.batch_alter_table('drawer_session', schema=None) as batch_op:
        batch_op.drop_index('ix_drawer_session_status')
        batch_op.drop_index(batch_op.f('ix_drawer_session_staff_id'))

    op.drop_table('drawer_session')
    with op.batch_alter_table('account_holder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_holder_member_id'))
        batch_op.drop_index(batch_op.f('ix_account_holder_account_id'))

    op.drop_table('account_holder')
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_representative_organisation_id'))

    op.drop_table('representative')
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_index('ix_petition_status_created')
        batch_op.drop_index(batch_op.f('ix_petition_member_id'))

    op.drop_table('petition')
    with op.batch_alter_table('member_search_term', schema=None) as batch_op:
        batch_op.drop_index('ix_member_search_term_term_sort')

    op.drop_table('member_search_term')
    op.drop_table('eod_step')
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_business_date'))

    op.drop_table('entry')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_member_id'))

    op.drop_table('account')
    op.drop_table('member')
    op.drop_table('eod_run')
    op.drop_table('audit_log')
    op.drop_table('staff')
    op.drop_table('receipt_counter')
    op.drop_table('institution')
    op.drop_table('holiday_override')
    op.drop_table('fee_rule')
    op.drop_table('branch')
    op.drop_table('audit_head')
