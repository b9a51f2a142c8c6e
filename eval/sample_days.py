"""Draw CCTV days no gold set uses, for judging the coder's output by hand.

A reader who wants to check the coder where it was never tuned codes whole transcripts that no
gold set holds and judges every event it prints. This script draws those days reproducibly:
the days of ``../shared/data/xwlb`` that no file under ``eval/`` names, none within three days
of a day one does, ``n`` of them at random with the given seed.

    uv run python eval/sample_days.py SEED [N]
    uv run python eval/sample_days.py SEED [N] --unseen
    uv run dipwatch code ../shared/data/xwlb/DAY.md --source xwlb --workers 1

Seed 123 drew the days of the seed-123 dev batch of ``xwlb_docs`` (coder-zh17, README): it
is spent. So are 116, which drew the days of the seed-116 dev batch, and 4255, whose free days
(30, and all 218 then allowed) its rules were checked on (coder-zh20, README).

Seed 4295 drew the 30 free days coder-zh37's false-alarm rules were read on (README, "False
alarms of xwlb_docs by construction"): spent.

Seed 4308 drew the 30 free days coder-zh43's recall rules were read on (README, "Misses of
xwlb_docs by construction"): spent.

Seed 4319 drew the 30 free days coder-zh49 measured its miss families on and read its rule on
(README, "Misses of xwlb_docs by construction, second pass"): spent.

Seed 4329 drew the 30 free days coder-zh57's denial rule was read on (README, "Misses of
xwlb_docs by construction, third pass"): spent.

Seed 4331 drew the 30 free days the coder-zh58 helper's fixes of the thirteenth round's start
faults (visits ended before the day's act, foiled attacks, next-sentence lists of states,
withdrawals and agreements as background) were diffed on: spent.
Seed 4333 drew the 30 free days review-zh32's fixes to the thirteenth round's Chinese rules
were read on (README, "Review of the thirteenth round's new Chinese rules"): spent.
Seed 4334 drew the 30 free days coder-zh59's threat rule was read on (README, "Misses of
xwlb_docs by construction, fourth pass"): spent.
Seed 4337 drew the 30 free days coder-zh61's fixes of the faults the thirteenth round left
were read on (README, "Faults the thirteenth round left, mended by their construction"): spent.
Seed 4340 drew the 30 free days coder-zh63's territory rule was read on (README, "False
alarms of xwlb_docs by construction, second pass"): spent.
Seed 4376 drew the 30 free days review-zh35's fixes to the fifteenth round's Chinese rules
were read on (README, "Review of the fifteenth round's new Chinese rules"): spent.
Seed 4381 drew the 30 free days coder-zh91's mends of the faults review-zh35 left were read on
(README, "Faults review-zh35 left, mended by their construction"): spent.
Seed 4339 drew the 30 free days coder-dates18's tour-stop dates were read on (README, "Dev date
errors by construction"): spent.
Seed 4364 drew the free days coder-dates21 read `当天` after `过去一天` on (README, "`当天` after a
sentence holding `过去一天`"): spent.
Seeds 163 (the days of the seed-163 dev batch of ``xwlb_docs``) and 4338 (30 free days) are coder-zh62's: spent.
Seed 4353 drew the 30 free days review-zh33's fixes to the fourteenth round's Chinese rules
were read on (README, "Review of the fourteenth round's new Chinese rules"): spent.
Seed 4344 drew the 30 free days coder-zh67's rules were read on (README, "Misses of xwlb_docs by
construction, fifth pass: roots 01-05"): spent.
Seed 4342 drew the 30 free days coder-zh64's reaction-after-a-report dates were read on (README,
"Dev date errors by construction"): spent.
Seed 164 drew the two free days the coder-audit23 helper judged by hand (README, "Seed 164"): spent.
Seed 166 drew the three free days the integrator judged by hand at the fourteenth round's
start (README, "Seed 166"): spent.
Seed 4350 drew the 30 free days coder-dates20's dates of reactions told after a recalled act were
read on (README, "Reactions told after a recalled act"): spent.
Seeds 165 (the days of the seed-165 dev batch of ``xwlb_docs``) and 4343 (30 free days) are coder-zh66's: spent.
Seeds 168 (the days of the seed-168 dev batch of ``xwlb_docs``) and 4351 (30 free days) are coder-zh72's: spent.
Seed 4352 drew the 30 free days coder-zh73's fixes of free-text false alarms were diffed on
(README, "False alarms of free text by construction"): spent.
Seed 4345 drew the 30 free days coder-zh68's response, demand and blame rules were read on
(README, "Misses of xwlb_docs by construction, fifth pass: roots 06-20"): spent.
Seed 4349 drew the 30 free days coder-zh71's appeal to the sides of a conflict was read on
(README, "Seed 166", "Fixed after it, and counted"): spent.
Seed 4354 drew the 30 free days coder-zh74's cooperation announced with a bare 合作 was read on
(README, "Misses the hand checks listed, gathered"): spent.
Seed 167 drew the three free days the coder-audit24 helper judged by hand (README, "Seed 167"):
spent.
Seed 4357 drew the 25 free days coder-zh76's fixes of faults left untraced were read on
(README, "Faults this round's helpers left untraced"): spent.
Seed 4359 drew the 25 free days (all then allowed) coder-zh77's merges of duplicates were
diffed on (README, "Duplicates made one"): spent.
Seed 172 was coder-zh82's for a dev batch of ``xwlb_docs``: every day it drew was named under eval/
or taken by seed 171, so its three days were drawn with ``random.Random(172)`` from the days no file
under eval/ names (README, "A dev batch of whole transcripts drawn with seed 172"); seed 4366 drew the
12 free days its rules were read on, with 18 more drawn the same way: both are spent.
Seed 4360 drew the 30 free days (25 drawn) coder-zh78's fixes of the faults the fourteenth
round left were read on (README, "Faults the fourteenth round found and left, at their
construction"): spent.
Seeds 171 (the days of the seed-171 dev batch of ``xwlb_docs``) and 4365 (30 free days) are
coder-zh81's: spent.
Seed 4369 drew the free days (12 of 30 drawn; with all 1443 days no file under ``eval/``
names) coder-zh85's fixes of the faults the fifteenth round left were read on (README, "Faults
the fifteenth round left, at their depth"): spent.
Seeds 175 (the days of the seed-175 dev batch of ``xwlb_docs``, drawn with ``--unseen``) and
4373 (30 free days, ``--unseen``) are coder-zh87's: spent.
Seed 4371 drew the 40 free days (``--unseen``) coder-zh86 read its fixes of the fifteenth
round's start faults on (README, "Seed 173", "Faults of the fifteenth round's start check"):
spent.
Seed 4379 drew the 30 free days (``--unseen``) coder-zh90 read its fixes of the fifteenth
round's integration check on (README, "Faults of the fifteenth round's integration check"):
spent.
Seed 4377 drew the 30 free days (``--unseen``) coder-zh89's fixes of the faults the fifteenth
round's helpers left were read on, with all 1428 days no file under ``eval/`` names (README,
"Faults the fifteenth round's helpers left, at their depth (coder-zh89)"): spent.
Seed 4382 drew the 30 free days (``--unseen``) coder-zh92's aircraft met in the air and Taiwan's
parties were diffed on, with every day outside the gold that tells one (README, "Aircraft met in
the air", "Taiwan's parties"): spent.
Seed 4389 drew the 100 free days (``--unseen``) coder-zh97's families of dev misses were counted
and diffed on (README, "Misses of xwlb_docs by construction, seventh pass"): spent.
Seed 4396 drew the 150 free days (``--unseen``) coder-zh101 sized what the sixteenth round's
batches left on and diffed its rules on, with every unseen day holding each rule's words (README,
"What the sixteenth round's batches left"): spent.
Seed 4392 drew the 150 free days (``--unseen``) coder-zh99 counted the faults of the sixteenth
round's start check on, with all 1,352 days no file under ``eval/`` names for the diff (README,
"Faults of the sixteenth round's start check"): spent.

Seed 117 drew the untouched two-day check set of ``xwlb_docs`` (coder-zh21, README: 20210507,
20211005) and 4256 the 30 free days its change was read on: both are spent.

Seeds 4259 (30 days), 4260 (150) and 4261 (all the rest) drew the free days the
lists-of-participants rules were read on (coder-lists, README): all three are spent.

Seed 121 drew the days of the eleventh dev batch of ``xwlb_docs`` and 4246 the free days its
rules were checked on (coder-zh15, README): both are spent, as are those below. Seed 122
drew the days of the twelfth batch and 4248 and 4249 the free days its rules were checked
on (coder-zh16), which also coded all 237 free days then left (4250): spent too. Seed 123
drew the thirteenth batch (coder-zh17, its rules checked on 4249 too); 4251 (40 days) and
4252 (every allowed day) were the integrator's before/after diffs, 4253 coder-zh19's.
Seed 118 drew the days of the coder-audit9 helper's hand-judged measurement and 4257 the free
days its rules were checked on (README, "Judging output no gold holds"): both are spent.
Seed 4261 drew the 30 free days (and all 212 then allowed) the coder-intent helper's rules
were read on (README, "Intent told without a verb of its parties"): spent.
Seed 4260 drew the free days coder-judge's judgement rules were checked on (30, and all 212
then allowed; README, "Judgements stated without a verb"): spent.

Seed 127 drew the three free days the integrator judged at the start of the seventh round
(20200301, 20240509, 20240712; 54 of 58 events right) and fixed three classes from: spent, as
is 4267, which listed all 206 days then allowed to read those fixes on (README), and again
all 174 then allowed for the coder-dates11 helper's before/after diff (listing every allowed
day draws nothing new). So are 128
(three more days judged at the start, 23 of 27) and 129 (three judged at the end, 37 of 38).

Seeds 1-6 and 20-79 were used to find errors while the coder was changed (so the days they
draw are no longer unseen; of 61-79, 61 and 62 gave a start figure and 78 and 79 the end
figure of one round, README "Seeds 1-6"); seeds 100-104 drew the days of independent
checks; seeds 80-89 one helper's round, 90-97 the integrator's, 98-100 the coder-audit4
round's, 105-107 the coder-audit5 round's, 4242 the integrator's, 108-110 the coder-audit6
round's, 111, 112 and 4243 the integrator's last, 113, 114, 4244 and 4245 the coder-audit7
round's, 115 the audit8 helper's measurement, 120 the days of a gold batch (README), 4247 the
days the last merge was diffed on (commit b63be63). 4258 drew the free days of the firms
decision (coder-firms), 4261 those of the intent rules too (coder-intent), 4262 listed every
allowed day for the integrator's diff of a date rule. Seed 119 drew the days of the seed-119
dev batch of ``xwlb_docs`` and 4263 the 30 free days its rules were checked on (coder-zh22,
README): both are spent, as is 124, the integrator's judged check of the final code (3 days; its
figures in the project README's coder section). Seed 125 drew the days of the coder-audit10
helper's hand-judged measurement and 4264 the free days its rules were checked on (README,
"Judging output no gold holds"): both are spent, as are 131, the days of the coder-audit11
helper's hand-judged measurement, and 4271, the free days (30, and all 194 then allowed) its
rules were checked on. Seed 141 drew the days the integrator judged at the start of the
ninth round and 4289 the free days its fixes were read on (README): both are spent. Seed 134
drew the days of the coder-audit13 helper's hand-judged measurement and 4274 the free days (30, and all 174 then allowed) its rules were checked on:
both are spent. Seed 4266 drew the 30 free days (and all 206
then allowed) the coder-zh24 helper's rules were read on (README, "Dropped by a check and
wrong actors"): spent. Seed 126 drew the days of the seed-126 dev batch of ``xwlb_docs`` and
4265 the free days its rules were checked on (30, and all 194 then allowed; coder-zh23,
README): both are spent. Seed 130 drew the days of the seed-130 dev batch of ``xwlb_docs``
and 4270 the free days its rules were checked on (30, and all 194 then allowed; coder-zh25,
README): both are spent. Seed 132 drew the days of the seed-132 dev batch of ``xwlb_docs``
(coder-zh26, README; no rules were written on it): spent. Seed 133 drew the days of the
seed-133 dev batch of ``xwlb_docs`` and 4273 the free days its rules were checked on (30, and
all 157 then allowed; coder-zh27, README): both are spent. Seed 4268 drew the free days (30,
and all 206 then allowed) the weakest roots' rules were read on (coder-roots, README "The weakest roots"): spent. Seed
4275 drew the free days (30, and all 174 then allowed) the coder-zh28 helper's rules were read on
(README, "Dev misses by construction"): spent. Seed 135 drew the three free days the integrator
judged at the start of the eighth round (20230129, 20260212, 20260807; 11 of 13 right): spent.
Seed 4276 drew the 30 free days the review-zh-s26 reviewer's fixes were read on: spent.
Seed 137 drew the days of the coder-audit14 helper's hand-judged measurement (20201006,
20210904, 20231014; 17 of 17 right, strict 13) and 4278 the free days its rules were checked
on: both are spent. Seed 4279 drew the 30 free days the coder-dates12 helper's plan dates and
announced aid were checked on (README, "Plans whose day stands far from 将", "Aid announced"):
spent. Seed 136 drew the days of the seed-136 dev batch of ``xwlb_docs`` and 4277 the free days
its rules were checked on (30, and all 150 then allowed; coder-zh29, README): both are spent.
Seed 4280 drew the 30 free days the review-prose-s26 reviewer's fixes were read on: spent.
Seed 4287 drew the 30 free days the coder-prose13 helper's prose rules were read on, and listed
all 150 then allowed to find those holding the rules' wordings (README, "Dev misses of analyst
prose by construction"): spent.
Seed 138 drew the days of the coder-audit15 helper's hand-judged measurement of the round's
integration (20211019, 20230805, 20240925; 26 of 26 right, strict 24): spent. Seed 139 was run
once to test the script (it drew 20200202, not opened): count it spent. Seed 4281 drew the 30
free days the coder-carry helper's two fixes were read on (README, "A body of its own, an arms
deal's state"): spent. Seed 4288 drew the 30 free days (and, with N 1000, all 150 then
allowed) the coder-dates13 helper's date rules were read on (README, "The twelfth dates
batch"): spent.
Seed 140 drew the days of the seed-140 dev batch of ``xwlb_docs`` (20200209, 20201012,
20220528) and 4285 the 30 free days its rules were checked on (coder-zh33, README): both are
spent.
Seed 4290 drew the 30 free days the coder-prose14 helper's rules for the fifteenth prose batch
were read on (README, "A fifteenth dev batch"): spent.
Seed 4298 drew the 20 free days (and, with N 10000, all 123 then allowed) the coder-prose15
helper's rules for the sixteenth prose batch were read on (README, "A sixteenth dev batch"):
spent.
Seed 4282 drew the 30 free days the coder-zh30 helper's rules on lists
of states acting together were read on (README, "Dev misses by construction"): spent.
Seed 4283 drew the 30 free days the coder-zh31 helper's reaction,
reproach and conditional-threat rules were read on (README, "Dev misses by construction"):
spent.
Seed 142 drew the days of the seed-142 dev batch of ``xwlb_docs`` (20211031, 20230202,
20260510) and 4291 the 30 free days its rules were checked on (coder-zh34, README; they
include 20211031, drawn before the batch's gold was committed, and 20250803 and 20260808,
judged the same session): both are spent.
Seed 4284 drew the 30 free days the coder-zh32 helper's rules were read
on (README, "Dev misses by construction", the second round): spent.
Seed 143 drew the days of the coder-audit16 helper's hand-judged measurement of the round's
integration (20200229, 20201005, 20220321; 23 of 27 right, strict 21): spent.
Seed 4292 drew the 30 free days the review-zh27 helper's fixes to the round's Chinese rules were
read on (README, "Review of the round's Chinese rules"): spent. Seed 4293 drew the 30 free days
the coder-zh35 helper's named measures were read on (README, "A measure named, not imposed"):
spent.
Seed 145 drew the days the integrator judged at the start of the tenth round
(20241211, 20250316, 20260112; 30 of 36 right, strict 28), 4300 the 30 free days its fixes
were read on and 4301 shuffled the free days holding their wordings (README, "Judging output
no gold holds"): all three are spent.
Seed 4297 drew the 30 free days the coder-groups helper's two issue-10 decisions (groups
with China, entry bans) were read on (README, "Groups with China; entry bans"): spent.
Seed 4299 drew the 20 free days (and listed all 123 then allowed) the coder-dates14
helper's visit and tour dates were read on (README, "The thirteenth dates batch"): spent.
Seed 144 drew the days of the seed-144 dev batch of ``xwlb_docs`` (20200229, 20220615,
20220629; 20200229 had been judged under seed 143 the same day) and 4294 the 30 free days its
rules were checked on (coder-zh36, README): both are spent.
Seed 4296 drew the 30 free days the coder-zh38 helper's fixes of the seed-143 classes
were read on (README, "Recounted praise, strikes named, UN posts"): spent.
Seed 146 drew the days of the seed-146 dev batch of ``xwlb_docs`` (20201029, 20220115,
20231214) and 4302 the 30 free days its rules were checked on (coder-zh39, README): both are
spent.
Seed 147 drew the days of the coder-audit17 helper's hand-judged measurement of the round's
integration (20210303, 20240512, 20240925; 30 of 30 right, strict 27): spent.
Seed 148 drew the days of the seed-148 dev batch of ``xwlb_docs`` (20230128, 20241212,
20250412; 20241212 had been judged under seed 129) and 4305 the 30 free days its rules were
checked on (coder-zh41, README): both are spent.
Seed 4314 drew the 30 free days (and, with N 1000, listed all 88 then allowed) the
coder-dates15 date rules were diffed on (README, "The fourteenth dates batch"; no event
changed): spent.
Seed 4306 drew the 20 free days the prose-recall rules of issue 10 were checked on
(coder-prose16, README, "Prose recall by construction"; no event changed): spent.
The coder-prose17 helper, given no seed, listed every allowed day with the spent 4298 and
N 10000 (98 days; listing all draws nothing new) to read its rules for the seventeenth prose
batch on (README, "A seventeenth dev batch"; no event changed).
Seed 4303 drew the 30 free days coder-zh40 judged a sample of 50 events on (README, "Judging
output no gold holds") and 4304 the 30 its rules were diffed on: both are spent.
Seed 149 drew the three free days the integrator judged at the start of the eleventh round
(20201005, judged under seed 143 too, 20201008, 20211021; 15 of 15 right, strict 14) and
4312 every day then allowed (98) that the fix of its one class (a call's topic longer than the gap) was diffed on: spent.
Seed 150 drew the days of the seed-150 dev batch of ``xwlb_docs`` (20210729, 20220601,
20230629; whole transcripts) and 4307 the 30 free days its rules were checked on (coder-zh42,
README; drawn before the batch's gold was committed, so they include 20220601, left out of the
diff: 29 days): both are spent.
Seeds 4310 (30 days) and 4311 (all 98 then allowed) drew the free days the review-zh29
helper's fixes were read on (README, "Review of the Chinese coder by probes of our own"): spent.
Seed 153 drew the days of the coder-audit18 helper's hand-judged measurement of the round's
integration (20200527, 20201005, 20240926; 18 of 18 right, strict 17): spent.
Seed 4315 drew the 30 free days the coder-zh46 helper's rules (each side's account of a war,
another's internal affair, a body beside scholars; README) were diffed on: spent.
Seed 4316 listed every day allowed at the end of the eleventh round (80) for the integrator's
diff of the round's start against its final code (15 events changed, 14 right): spent.
Seed 4309 drew the 30 free days coder-zh44's fixes of dead full-width marks and of last
round's Chinese classes were diffed on: spent.
Seed 151 drew the days of the seed-151 dev batch of ``xwlb_docs`` (20211021, 20231222,
20260228; whole transcripts; 20211021 was also a day of seed 149's hand check) and 4313 the 30
free days its rules were checked on (coder-zh45, README; drawn after the batch's gold was
committed): both are spent.
Seed 154 drew the days of the seed-154 dev batch of ``xwlb_docs`` (20220322, 20240420,
20250316) and 4317 the 30 free days its rules were checked on (coder-zh47, README): spent.
Seed 155 drew the days of the seed-155 dev batch of ``xwlb_docs`` (20250803, 20260112, 20260705)
and 4318 the 30 free days its rules were checked on (coder-zh48, README): both are spent.
Seed 156 drew the days of the integrator's hand check at the start of the twelfth round
(20220611, 20240924, 20250316): spent.
Seed 4320 drew the 30 free days the coder-zh50 helper's fixes of faults left by the eleventh
round (co-subjects of a reaction, conditions, negated threats, plans, recalls) were diffed on:
spent.
The coder-dates16 helper, given no seed, listed every allowed day with the spent 4316 and
N 1000 (80 days; listing all draws nothing new) to diff its date rules on, with the 1,214 other
days no gold file names that hold the rules' constructions (README, "The fifteenth dates batch";
no event changed).
Seed 158 drew the days of the coder-audit19 helper's hand-judged measurement of the twelfth
round's integration (20200817, 20210302, 20220825; 18 of 21 right, strict 16): spent.
Seed 157 drew the days of the seed-157 dev batch of ``xwlb_docs`` (20210725, 20220825,
20260426) and 4322 the 30 free days its rules were checked on (coder-zh51, README; drawn after
the batch's gold was committed): both are spent.
Seed 4321 drew the 30 free days the review-zh31 helper's fixes of faults in this round's new
Chinese rules were diffed on (one event changed, right): spent.
Seed 4323 drew the 30 free days the coder-zh52 helper's fixes of the faults of seed 158's hand
check (acts under 无权, denied links, appeals for respect of principles, a speaker after a 针对
frame) were diffed on: spent.
Seed 4324 listed every day allowed in the twelfth round (64) for coder-audit20's diff of the
round's start (29f314b7) against its integration (943c7740): 14 events changed, 13 right: spent.
Seed 159 drew the days of the seed-159 dev batch of ``xwlb_docs`` (20210905, 20241102,
20260213; 20210905 judged before under seeds 100 and 125) and 4325 the 30 free days its rules
were checked on (coder-zh53, README; drawn after the batch's gold was committed): both are
spent.
Seed 4326 drew the 30 free days the coder-zh54 helper's fixes of the faults review-zh31 left
(talks agreed, appeals to every state, arms asked for, conditional force, judged
strikes, regret at new relations) were diffed on (no event changed): spent.
Seed 160 drew the seed-160 dev batch of ``xwlb_docs`` (20200817, 20220509, 20230825) and 4327
the 30 free days its rules were read on (coder-zh55, README): both are spent.
Seed 161 drew the days of the integrator's hand check at the start of the thirteenth round
(20210302, 20230826; 19 of 20 right): spent.
Seed 4330 drew the 30 free days the coder-dates17 helper's rules (a name after a time word,
so many days before an act named, an arrival to attend a gathering in a city, a review's title
year, the day after a span's end) were diffed on, with the 1,166 other free days holding the
new cities or the arrival wording (README, "The sixteenth dates batch"; no event changed at the
end): spent.
Seed 162 drew the days of the coder-audit21 helper's hand-judged measurement of the thirteenth
round's integration (20200205, 20240928, 20251003): spent.
Seed 4328 drew the 30 free days the coder-zh56 helper's fixes of the faults the twelfth round
left (plans named, reactions in the act's sentence, visit frames, greetings to a people,
firms' results, folded meetings) were diffed on: spent.
Seed 4336 listed every day allowed in the thirteenth round (51) for coder-audit22's diff of the
round's start (9ea46cf6) against its integration (9c803365): spent.
Seed 4335 drew the 30 free days the coder-zh60 helper's fixes of that check's faults (a
sub-headline's carried day, recalled acts folded, thanks, proposals, strict codes) were diffed
on (README, "Seed 162"): spent.
Seed 4346 drew the 30 free days coder-zh69's rules (accusations called baseless, an
anniversary's messages recalled) were diffed on (README, "False alarms of xwlb_docs by
construction, third pass"; no event changed): spent.
Seed 4332 listed every day then allowed (51), for the integrator's count of the pool at the
thirteenth round's start (listing all draws nothing new): spent. 4341 was given and not drawn.
Seed 4348 drew the 30 free days coder-prose21's rules (names of the 1950s, a gone state's name
read by the writing date, 台 after a verb of coming, follow-suit and recognition on a day) were
diffed on (README, the twenty-first prose batch): spent.
Seed 4347 drew the 30 free days the coder-zh70 helper's fixes of the faults the last round
left were read on (README, "Faults the last round left, at their depth"): spent.
Seed 4355 drew the 30 free days coder-prose22's rules (a Japanese surname after a five-character
name, a place passed through, counted nationals opening a clause, a region called part of China)
were diffed on (README, the twenty-second prose batch): spent.
Seeds 169 (the days of the seed-169 dev batch of ``xwlb_docs``) and 4356 (25 free days, three
of them the batch's) are coder-zh75's: spent.
Seed 4358 listed every day allowed in the fourteenth round (25) for coder-audit25's diff: spent.
Seeds 170 (the days of the seed-170 dev batch of ``xwlb_docs``: with N 10 it drew one day no
README section names, with N 30 all 22 then allowed, the first three unnamed taken) and 4361 (the
22 days then allowed, three of them the batch's) are coder-zh79's: spent.
Seed 4362 drew the free days (12 drawn, all then allowed) coder-zh80's countermeasures against
another state's measure were diffed on (README, "Countermeasures against another's measure"):
spent.
Seed 173 drew the three unseen days the integrator judged by hand at the fifteenth round's start
(README, "Seed 173"): spent.
Seed 174 drew the unseen days the coder-audit26 helper judged by hand on the fifteenth round's
integration (3, and 6 for a fourth day; README, "Seed 174"): spent.

By the fifteenth round the days three or more days from every gold day were about a dozen, all
named by earlier checks. ``--unseen`` draws instead from the days no file under ``eval/`` names
in any way (gold, the README's hand checks, these notes), with no margin: about 1,450 days then.
A story a gold day tells may go on in such a day; the check judges the coder's output on text
no rule was written from, which the margin only made surer.

Seed 4368 drew 12 days (all then allowed), with 18 more free days added by ``random.seed(4368)``
from the days no file under ``eval/`` names, for coder-zh84's operations in a place (README,
"Misses of xwlb_docs by construction, sixth pass: roots 06-20"): spent.
Seed 4367 drew the free days (12 drawn, all then allowed; 18 more days no file under ``eval/``
names added with ``random.Random(4367)``) coder-zh83's readiness rules were diffed on (README,
"Misses of xwlb_docs by construction, sixth pass: roots 01-05"): spent.
Seed 4370 drew the free days (12 drawn, all then allowed) coder-prose23's rules (a treaty 两国
sign on a day of the visit the clause before tells, 北平, 北越, Liu Shaoqi, experts called home
from China, a tour's next stop lent its traveller, an easing 放宽) were diffed on (README, the
twenty-third prose batch): spent.
Seed 4374 drew the 30 unseen days (``--unseen``) coder-prose24's rules (letters, a condolence
sent 予, 两国…日建交, 三国 naming a list, 同意就…谈判, an accord called a fraud, names of the
1950s) were diffed on, with the 149 unnamed days holding their wordings (README, the
twenty-fourth prose batch): spent.
Seed 4378 drew the unseen days (40, then 300 holding them) the coder-audit27 helper diffed the
fifteenth round's start (main at df2f2577) against its integration (int33) on (README, "Seed
4378"): spent.
Seed 4380 drew the 30 unseen days (``--unseen``, before this branch named its days) coder-dates22's rule (acts recalled with
前不久, 不久前 as background) was diffed on (README, "Acts recalled with 前不久, 不久前"): spent.
Seeds 176 (the days of the seed-176 dev batch of ``xwlb_docs``, ``--unseen``: 20200313,
20200530, 20220123) and 4375 (30 free days, ``--unseen``, drawn before that batch's gold was
added) are coder-zh88's: spent.
Seed 4383 drew the 150 unseen days the coder-audit28 helper diffed the fifteenth round's
integration (int33) at 08557e7d against its end at 6bb11729 on (README, "Seed 4383"): spent.
Seed 4384 drew the 100 unseen days coder-zh93 diffed a clause that opens with 宣布 or 决定
after a reaction, with no 并, on (README, "Faults of the fifteenth round's integration check"
(e)): spent.
Seeds 178 (the days of the seed-178 dev batch of ``xwlb_docs``, ``--unseen``: 20201211,
20240905, 20250724) and 4388 (100 free days, ``--unseen``, drawn after that batch's gold was
added) are coder-zh96's: spent.
Seeds 177 (the days of the seed-177 dev batch of ``xwlb_docs``, ``--unseen``: 20220130,
20240324, 20241226) and 4387 (100 free days, ``--unseen``, drawn after that batch's gold was
committed; with all 1,356 days no file under ``eval/`` then named) are coder-zh95's: spent.
Seed 4391 drew the 150 unseen days (``--unseen``) coder-dates23's date rules were diffed on
(README, "Dev date errors by construction, again"): spent.
Seed 181 drew the four unseen days (``--unseen``: 20200615, 20201119, 20230518, 20251110) the
coder-audit30 helper judged by hand at the sixteenth round's integration (README, "Hand check of
the sixteenth round's integration, seed 181"): spent.
Seed 182 drew the four unseen days (``--unseen``: 20220409, 20230204, 20230729, 20240802) the
coder-audit31 helper judged by hand at the sixteenth round's integration (README, "Hand check of
the sixteenth round's integration, seed 182"): spent.
Seed 184 drew the four unseen days (``--unseen``: 20170227, 20220511, 20220908, 20230503) the
coder-audit32 helper judged by hand at the sixteenth round's integration (README, "Hand check of
the sixteenth round's integration, seed 184"): spent.
Seed 185 drew the four unseen days (``--unseen``: 20201229, 20210514, 20210523, 20221207) the
coder-audit33 helper judged by hand at the sixteenth round's end (README, "Hand check of the
sixteenth round's end, seed 185"): spent.
Seed 4390 drew the 150 unseen days coder-zh98 counted the left list's faults on and diffed its
rules on (README, "Faults the sixteenth round settled from the left list"): spent.
Seed 4394 drew the 250 unseen days the coder-audit29 helper diffed the sixteenth round's start
(main at 4acc6dbb) against its integration (int34) at b639e5f0 on (README, "The sixteenth
round's change on unseen days"): spent.
Seeds 180 (the days of the seed-180 dev batch of ``xwlb_docs``, ``--unseen``: 20200113,
20200828, 20210402) and 4393 (100 free days, ``--unseen``, drawn after that batch's gold was
added) are coder-zh100's: spent.
Seed 4395 drew the 150 unseen days (``--unseen``) review-zh36's narrowings of the sixteenth
round's Chinese rules were diffed on (README, "Review of the sixteenth round's new Chinese
rules"): spent.
Seed 4397 (150 free days) is coder-zh102's, the days the rules for seed 181's misses were
diffed on (README, "The misses of the sixteenth round's hand check"): spent.
Seed 4400 drew the 150 unseen days (``--unseen``) coder-zh105 sized the wordings of seed 182's
misses on, before diffing its rules on every unseen day holding their words (README, "The misses
of the sixteenth round's second hand check"): spent.
Seeds 183 (the days of the seed-183 dev batch of ``xwlb_docs``, ``--unseen``: 20170110,
20201013, 20201204) and 4398 (100 free days, ``--unseen``, drawn after that batch's gold was
committed) are coder-zh103's: spent.
Seed 4399 drew the 150 unseen days coder-zh104 counted seed 182's wrong classes on and diffed
its checks on (README, "The wrong classes of the sixteenth round's second hand check"): spent.
Seed 4401 drew the 150 unseen days (``--unseen``) coder-zh106 diffed its mends of the faults the
sixteenth round's helpers left on, besides the free days holding each fault's wording (README,
"Faults the sixteenth round's helpers left, mended"): spent.
Seed 4403 drew the 150 unseen days (``--unseen``) coder-zh108 sized the wordings of seed 184's
misses on, before diffing its rules on every unseen day holding their words (README, "The misses
of the sixteenth round's third hand check"): spent.
Seed 4402 drew the 150 unseen days (``--unseen``) coder-zh107 diffed its checks of the wrong
classes of seed 184's hand check on (README, "The wrong classes of the sixteenth round's third
hand check"): spent.
Seeds 186 (the days of the seed-186 dev batch of ``xwlb_docs``, ``--unseen``: 20230726,
20240501, 20250908) and 4404 (100 free days, ``--unseen``, drawn after that batch's gold was
committed; with N 10000 it listed all 1,304 days no file under ``eval/`` then named) are
coder-zh109's: spent.
Seed 4408 drew the 100 unseen days (``--unseen``) coder-prose26 diffed the twenty-sixth prose
batch's rules on (README, "The twenty-sixth batch (coder-prose26)"): spent.
Seed 4405 drew the 100 unseen days (``--unseen``) coder-zh110 counted the eighth pass's families
of dev misses on and diffed its rules on (README, "Misses of xwlb_docs by construction, eighth
pass"): spent.
Seed 4407 drew the 150 unseen days (``--unseen``) coder-dates24's date rules were diffed on
(README, "Dev date errors by construction, third time"): spent.
Seeds 187 (``--unseen``, 3 days) and 188 (``--unseen``, 3 days) drew the six days the integrator
judged by hand at the seventeenth round's start (README, "Faults of the seventeenth round's start
check"), and 4409 the 150 unseen days (``--unseen``; with N 10000 it listed all 1,304 days no file
under ``eval/`` then named) coder-zh112 counted and diffed those faults' rules on: all spent.
Seed 4411 drew the 150 unseen days (``--unseen``) coder-zh114 counted the random batches' families
of misses on and diffed its rule on (README, "Misses on the days drawn at random, across the
batches"): spent.
Seeds 189 (the days of the seed-189 dev batch of ``xwlb_docs``, ``--unseen``: 20210422,
20220924, 20250117) and 4410 (100 free days, ``--unseen``, drawn after that batch's gold was
committed) are coder-zh113's: spent.
Seed 4406 drew the 150 unseen days (``--unseen``) coder-zh111 counted the left list's Chinese
faults on and diffed its rules on, besides every unseen day (README, "Faults the seventeenth
round settled from the left list"): spent.
Seed 190 drew the three unseen days (``--unseen``: 20200825, 20210723, 20230716) the
coder-audit35 helper judged by hand at the seventeenth round's integration (README, "Hand check of
the seventeenth round's integration, seed 190"): spent.
Seed 4414 drew the 250 unseen days (``--unseen``) the coder-audit34 helper diffed the seventeenth
round's start (main at ffcb2dbe) against its integration (int35) at cdc9691a on (README, "The
seventeenth round's change on unseen days"): spent.
Seed 4412 drew the 100 unseen days (``--unseen``) review-zh37's narrowings of the seventeenth
round's Chinese rules were diffed on (README, "Review of the seventeenth round's new Chinese
rules"): spent.
Seed 4413 drew the 150 unseen days (``--unseen``; with N 100000 it listed all 1,295 days no file
under ``eval/`` then named) coder-zh115 counted and diffed its judgement and threat lexicon on
(README, "Judgements told as views, by lexicon"): spent.
Seed 4417 drew the 150 unseen days (``--unseen``; with N 5000 it listed all 1,289 days no file
under ``eval/`` then named) coder-zh118 counted and diffed its fixes of the integration check's
faults on (README, "Faults of the seventeenth round's integration check"): spent.
Seed 191 drew the days of the seed-191 dev batch of ``xwlb_docs`` (``--unseen``: 20250707,
20250827, 20251208), coder-zh119's honest estimate on the seventeenth round's start and its
integration (README, "coder-zh119"): spent.
Seed 4416 drew the 150 unseen days (``--unseen``) coder-zh117 counted the random batches'
wrong actors, directions and roots on and diffed its rules on (README, "Coded with the wrong
actor, direction or root, on the random days"): spent.
Seed 4415 drew the 150 unseen days (``--unseen``; with N 9999 it listed all 1,292 days no file
under ``eval/`` then named) coder-zh116 counted acts told by nouns, the lexicon's gaps and doers
carried from the item on and diffed its rules on (README, "Acts told by nouns, the lexicon's
gaps, the doer from the item"): spent.
Seed 4419 drew the 100 unseen days (``--unseen``) coder-prose27's rules of the twenty-seventh
prose batch were diffed on (README, "The twenty-seventh batch (coder-prose27)"): spent.
Seed 4428 drew the 100 unseen days (``--unseen``) coder-prose28 counted the constructions of
the twenty-eighth prose batch on and diffed its rules on (README, "The twenty-eighth batch
(coder-prose28)"): spent.
Seed 192 drew the three unseen days (``--unseen``: 20201014, 20230110, 20231217) the
coder-audit36 helper judged by hand at the seventeenth round's late integration (README, "Hand
check of the seventeenth round's late integration, seed 192"): spent.
Seed 4418 drew the 150 unseen days (``--unseen``) coder-dates25 counted the days carried into
another paragraph's act on and diffed its two rules on, besides every unseen day (README, "A date
carried into another paragraph's act"): spent.
Seed 4430 drew the 100 unseen days (``--unseen``) coder-dates26 diffed its two date rules on,
besides the 8 unseen days that hold their wordings (README, "Narrative dates on first-seen prose
(issue 10; coder-dates26)"): spent.
Seed 4420 drew the 100 unseen days (``--unseen``; with N 5000 it listed all 1,270 days no file
under ``eval/`` then named) review-zh38's narrowings of the seventeenth round's later Chinese
rules were diffed on (README, "Review of the seventeenth round's later Chinese rules"): spent.
Seed 4421 drew the 150 unseen days (``--unseen``) coder-zh120 counted and diffed its mends of
the seed-191 batch's false alarms on (README, "Errors of the seed-191 batch, at their
construction"): spent.
Seed 4422 drew the 150 unseen days (``--unseen``) the coder-zh121 helper diffed its mends of
coder-audit36's wrong classes on (README, "Faults of the seventeenth round's late hand check"):
spent.
Seed 4423 drew the 150 unseen days (``--unseen``) coder-zh122 counted and diffed its rule for a
side's own strike told in its own claim on (README, "A side's own strike told in its own
claim"): spent.
Seed 193 drew the three unseen days (20210812, 20241231, 20260126) of the integrator's last
check of the seventeenth round's end (main at 57add401): 31 events, 20 drawn with
``random.Random(20261207)`` and judged (README, the coder's seventeenth round): spent.
Seed 4426 drew the 150 unseen days (``--unseen``) coder-zh125 counted and diffed its mends of
the faults the seventeenth round left in actors and speakers on (README, "Faults the
seventeenth round left: actors and speakers"): spent.
Seed 195 drew the days of the seed-195 dev batch of ``xwlb_docs`` (``--unseen``: 20200504,
20240417, 20260613), coder-zh123's honest estimate, and 4424 the 150 unseen days (``--unseen``;
with N 10000 it listed all 1,255 days no file under ``eval/`` then named) its families were
counted and its rule diffed on (README, "coder-zh123"): both are spent.
Seed 194 drew the three unseen days (20200729, 20260419, 20260712) of the integrator's check of
the eighteenth round's start (main at 40b57c01): 20 events, 16 right (README, "Faults of the
eighteenth round's start check"): spent.
Seed 4425 drew the 150 unseen days (``--unseen``) coder-zh124 counted and diffed its mends of
that check's faults on (README, same section): spent.
Seed 197 drew the three unseen days (``--unseen``: 20200204, 20210326, 20251122) the
coder-audit37 helper judged by hand at the eighteenth round's integration (README, "A hand check
of the eighteenth round's integration"): spent.
Seed 4429 drew the 150 unseen days (``--unseen``; with N 9999 it listed all 1,258 days no file
under ``eval/`` then named) coder-zh127 counted the ninth pass's families of dev misses on and
diffed its rules on, besides every unseen day holding their wordings (README, "Misses of
xwlb_docs by construction, ninth pass"): spent.
Seed 4427 drew the 150 unseen days (``--unseen``) coder-zh126 counted and diffed its mends of
the faults the seventeenth round left on (README, "Faults the seventeenth round left: fighting,
plans, recalled acts"): spent.
Seed 4436 drew the 250 unseen days (``--unseen``) the coder-audit38 helper coded with the
eighteenth round's start (40b57c01) and its integration (e074e872) and read every changed event
of (README, "The eighteenth round's change on 250 unseen days"): spent.
Seed 4434 drew the 100 unseen days (``--unseen``) coder-prose29 counted the constructions the
twenty-eighth prose batch left on and diffed its rules on (README, "Prose misses the
twenty-eighth batch left (issue 10; coder-prose29)"): spent.
Seed 4433 drew the 150 unseen days (``--unseen``; with N 10000 it listed all 1,254 days no file
under ``eval/`` then named) coder-dates27 counted dates over a year old on and diffed its rules
on, with every such day (README, "A recalled date carried into the day's acts"): spent.
Seed 4435 drew the 150 unseen days (``--unseen``) coder-zh129 counted and diffed its mends of
coder-audit37's faults on (README, "Faults of coder-audit37's hand check"): spent.
Seed 196 drew the days of the seed-196 dev batch of ``xwlb_docs`` (``--unseen``: 20200329,
20220227, 20250708), coder-zh128's honest estimate, and 4432 the 150 unseen days (``--unseen``;
with N 10000 it listed all 1,251 days no file under ``eval/`` then named) its families were
counted and its rules diffed on (README, "coder-zh128"): both are spent.
Seed 198 drew the three unseen days (``--unseen``: 20200614, 20250331, 20260411) the
coder-audit39 helper coded with the eighteenth round's start (40b57c01) and its integration
(12c6566f) and judged every event of by hand (README, "A second hand check of the eighteenth
round's integration"): spent.
Seed 4438 drew the 100 unseen days (``--unseen``) coder-prose30 counted its mission-assault
construction on (none held it; README, "The thirtieth batch, the round's closing estimate
(coder-prose30)"): spent.
Seed 4437 drew the 150 unseen days (``--unseen``) coder-zh130 counted and diffed its mends of
the faults this round's helpers and checks left on (README, "Faults this round's helpers left
(issue 10; coder-zh130)"): spent.
Seed 4439 drew the 150 unseen days (``--unseen``) coder-zh131 counted and diffed its mends of
what review-zh39 and coder-zh129 left on (README, "What review-zh39 and coder-zh129 left"):
spent.
Seed 4440 drew the 150 unseen days (``--unseen``) coder-zh132 counted what the seed-196 batch
left on and diffed its rules on (README, "What the seed-196 batch left"): spent.
Seed 4441 drew the 150 unseen days (``--unseen``) coder-zh133 counted and diffed its mends of
coder-audit39's wrong events on (README, "The wrong events of coder-audit39's hand check"):
spent.
Seed 4431 drew the 200 unseen days (``--unseen``, before the round's batches named theirs) the
integrator coded with the eighteenth round's start and end and read every changed event on
(README, the coder's eighteenth round: 9 went, 13 came, all rightly): spent.
Seed 199 drew the three unseen days (20221102, 20230928, 20240428) of the integrator's last
check of the eighteenth round's end (code at 127c9f19): 36 events, 20 drawn with
``random.Random(20261207)`` and judged (README, the coder's eighteenth round): spent.
Seed 4442 drew the 150 unseen days (``--unseen``) coder-zh134 counted and diffed its mend of
a foreign speaker's account of China's standing support on (README, coder-zh134): spent.
Seed 200 drew the three unseen days (20200407, 20200522, 20220217) coder-zh135 annotated whole
as a dev batch of ``xwlb_docs`` and scored as the round's honest estimate (README, coder-zh135):
spent.
Seed 4443 drew the 150 unseen days (``--unseen``) coder-zh135 counted the batch's errors on and
diffed its two rules on (README, coder-zh135): spent.
Seed 4446 drew the 150 unseen days (``--unseen``) coder-zh137 counted and diffed its mends of
the faults the eighteenth round left on (README, coder-zh137): spent.
Seed 201 drew the three unseen days (20200809, 20230715, 20240815) of the integrator's check of
the nineteenth round's start (code at 368279c5): 28 events, 20 drawn with
``random.Random(20261208)`` and judged, 14 right, 3 arguable, 3 wrong (README, "The faults of the
nineteenth round's start check"): spent.
Seed 4448 drew the 150 unseen days (``--unseen``) coder-zh138 counted and diffed its mends of
that check's faults on (README, coder-zh138): spent.
Seed 4444 drew the 400 unseen days (``--unseen``) coder-zh136 ranked the silent two-party
sentences of with ``coverage.py`` and read a sample of 100 of, and 4445 the 200 (135 once the 65
seed 4444 also drew were dropped) its rules were diffed on (README, "Where recall is lost, by
corpus frequency"): both are spent.
Seed 4447 drew the 100 unseen days (``--unseen``) coder-prose31 counted the constructions of
the thirty-first prose batch on and diffed its rules on (README, "The thirty-first batch
(issue 10; coder-prose31)"): spent.
Seed 4450 drew the 150 unseen days (``--unseen``) review-zh40 diffed its mends of the
nineteenth round's new Chinese rules on (README, review-zh40): spent.
Seed 202 drew the three unseen days (20240415, 20240722, 20250319) coder-audit40 coded with
the nineteenth round's start (368279c5) and its integration (b1311a43) and judged every event
of by hand (README, "A hand check of the nineteenth round's integration"): spent.
Seed 4449 drew the 150 unseen days (``--unseen``) coder-audit40 counted and diffed its mends of
that check's wrong events on (README, "The wrong events of coder-audit40's hand check"): spent.
Seeds 204 and 205 drew the unseen days (20201024, 20240608, 20260708; 20201205, 20241025,
20250512) of the integrator's check of the nineteenth round's end (code at 1ad98ec6; README,
"The integrator's check of the nineteenth round's end"), and 4452 the 150 days its mend was
diffed on: spent.
Seed 4451 drew the 150 unseen days (``--unseen``) coder-zh139 diffed its partner lent from the
item on (README, "The one-state class: actors carried in general"): spent.
Seed 4454 drew the 400 unseen days (``--unseen``) coder-lex1 ranked and judged silent sentences on
(``coverage.py 4454 400``), and 4455 the 150 (100 once 4454's were dropped) its rules were diffed on
(README, "A verb lexicon by corpus frequency, judged"): spent.
Seeds 206 and 208 drew the six unseen days (20200108, 20200924, 20230522; 20220205, 20221128,
20251202) coder-audit41 coded with the twentieth round's start (1b4cecca) and judged every event
of by hand (README, "A hand check of the twentieth round's start"), and 4457 the 150 unseen days
(``--unseen``) it counted and diffed its mends on (README, "The wrong events of coder-audit41's
hand check"): spent.
Seed 4460 drew the 150 unseen days (``--unseen``) coder-dates29 diffed its date mends on
(README, "Dates coded wrong on dev, by cause (issue 10; coder-dates29)"): spent.
Seed 4458 drew the 150 unseen days (``--unseen``) coder-zh141 counted and diffed its mends of
the Chinese faults the nineteenth round left on (README, coder-zh141): spent.
Seed 207 drew the days of the seed-207 dev batch of ``xwlb_docs`` (20210726, 20220512,
20250913; coder-zh140, README, the ``coder-zh140`` bullet), and 4456 the 150 unseen days its
rules were diffed on: spent.
Seed 4459 drew the 100 unseen days (``--unseen``) coder-prose32 counted the constructions of
the thirty-second prose batch on and diffed its rules on (README, "The thirty-second batch
(issue 10; coder-prose32)"): spent.
Seed 209 drew coder-zh142's three whole dev transcripts (20200308, 20210901, 20260408; the
twentieth round's honest estimate, README "coder-zh142"), and 4461 the 150 unseen days its rules
were counted and diffed on: spent.
Seed 4453 drew the 150 unseen days (``--unseen``) coder-learn1 read its learned fallback's
added events on (README, "A learned fallback for two-state silent sentences"): spent.
Seed 4462 drew the 150 unseen days (``--unseen``) review-zh41 coded with the round's integration
a38d668c and with its mends of the twentieth round's new Chinese rules (README, "Review of the
twentieth round's new Chinese rules"): spent.
Seeds 210 and 211 drew the six unseen days (20200103, 20240520, 20240811; 20220801, 20231229,
20260617) coder-audit42 coded with the twentieth round's integration (89ead8b2) and the start and
judged every event of by hand (README, "A hand check of the twentieth round's integration"), and
4464 the 150 unseen days (``--unseen``) it counted and diffed its mends on: spent.
Seed 4465 drew the 150 unseen days coder-zh143 counted the constructions of the wrong events
the twentieth round's helpers left on, and diffed its mends on (README, "Wrong events the
twentieth round's helpers left (issue 10; coder-zh143)"): spent.
Seed 4463 drew the 150 unseen days (``--unseen``) coder-names1 diffed its people-table names on
(README, "People named by the corpus, judged"): spent.
Seed 212 drew the unseen days (20200515, 20200718, 20240708) of the integrator's check of the
twentieth round's end (README, "The integrator's check of the twentieth round's end"): spent.
A new check needs seeds never used (213 and up; 4466 and up), and
days no one judged (a seed may draw days an earlier seed drew): the days a seed draws move when
a gold set adds days, and since one round read every eligible day's silent sentences (README,
"Tuning beyond dev gold"), only days freed by a change of the gold are unseen.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

EVAL = Path(__file__).resolve().parent
XWLB = EVAL.parent.parent / "shared" / "data" / "xwlb"
_DAY = re.compile(r"(20\d{6})\.md")


def used_days(eval_dir: Path = EVAL) -> set[str]:
    """The days (YYYYMMDD) of the transcripts any gold file refers to."""
    found: set[str] = set()
    for path in [*eval_dir.glob("*.jsonl"), *eval_dir.glob("docs/*.jsonl")]:
        found.update(_DAY.findall(path.read_text(encoding="utf-8")))
    return found


_STAMP = re.compile(r"(?<!\d)(20\d{6})(?!\d)")


def named_days(eval_dir: Path = EVAL) -> set[str]:
    """The days (YYYYMMDD) any file under ``eval_dir`` names: gold, notes and hand checks."""
    found: set[str] = set()
    for path in eval_dir.rglob("*"):
        if path.is_file() and path.suffix in {".jsonl", ".md", ".py", ".yaml", ".txt"}:
            found.update(_STAMP.findall(path.read_text(encoding="utf-8")))
    return found


def _day(stamp: str) -> date:
    return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:]))


def free_days(all_days: list[str], used: set[str], margin: int = 3) -> list[str]:
    """The days not within ``margin`` days of a used one.

    >>> free_days(["20240101", "20240105", "20240110"], {"20240103"})
    ['20240110']
    """
    near = {(_day(u) + timedelta(k)).strftime("%Y%m%d")
            for u in used for k in range(-margin, margin + 1)}  # fmt: skip
    return [d for d in all_days if d not in near]


def main(argv: list[str]) -> int:
    unseen = "--unseen" in argv
    argv = [a for a in argv if a != "--unseen"]
    if not argv or not all(a.isdigit() for a in argv[:2]):
        usage = "\nusage: sample_days.py SEED [N] [--unseen]"
        print(__doc__.strip().splitlines()[0], usage, file=sys.stderr)
        return 2
    seed, n = int(argv[0]), int(argv[1]) if len(argv) > 1 else 6
    if not XWLB.is_dir():
        print(f"no transcripts at {XWLB} (../shared beside the checkout)", file=sys.stderr)
        return 2
    print(" ".join(draw(seed, n, unseen)))
    return 0


def draw(seed: int, n: int, unseen: bool = False) -> list[str]:
    """The ``n`` days (sorted) that seed ``seed`` draws, as ``main`` prints them: one function,
    so that a script that codes the days (``coverage.py``) draws the very days a reader lists."""
    days = sorted(p.stem for p in XWLB.glob("*.md"))
    if unseen:
        named = named_days()
        free = [d for d in days if d not in named]
    else:
        free = free_days(days, used_days())
    return sorted(random.Random(seed).sample(free, min(n, len(free))))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
