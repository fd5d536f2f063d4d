-- Results of phishing simulations run with another tool: the practice records the counts, Bulwark shows the trend.

create table trn_phishing_result (
    practice_id     uuid not null references practice (id),
    id              uuid not null,
    run_on          date not null,
    campaign        varchar(200) not null,
    sent            int not null,
    clicked         int not null,
    reported        int not null,
    notes           varchar(2000),
    recorded_by     uuid not null,
    recorded_at     timestamp with time zone not null,
    primary key (practice_id, id)
);
create index trn_phishing_result_run_idx on trn_phishing_result (practice_id, run_on);
