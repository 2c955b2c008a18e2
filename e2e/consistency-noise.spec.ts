import { test, expect } from './host-fixture';
import { apply, row, seedJourney } from './messages-seed';
import { nav, ready } from './workbench';

/**
 * Defect 12: the consistency score graded by what a user must act on. A core
 * message without a variant for its channel is a note (the core message goes
 * out), repeated findings are one line with a count, a number typed in a
 * variant that differs from the core message's is a warning even when no fact
 * holds it, and a preferred channel missing at several stages is one finding.
 */

test('the consistency check grades what needs action, groups repeats and compares typed numbers', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedJourney(host, 'Bicycle purchase', {
    Inspiration: [
      ['Spring newsletter', 'email'],
      ['Summer newsletter', 'email'],
      ['Autumn newsletter', 'email'],
    ],
    Purchase: [['Order confirmation', 'sms']],
  });
  const core = (id: string, touchpoint: string, body: string) =>
    row('messages', id, {
      journey_id: seeded.journeyId,
      touchpoint_id: seeded.touchpoints[touchpoint]!,
      headline: '',
      body,
      cta: '',
    });
  await apply(host, seeded.workspaceId, [
    ...core('message-spring1', 'Spring newsletter', 'New bikes are in.'),
    ...core('message-summer1', 'Summer newsletter', 'Summer tours.'),
    ...core('message-autumn1', 'Autumn newsletter', 'Autumn service.'),
    ...core('message-order01', 'Order confirmation', 'Thank you. Free returns within 30 days.'),
    ...row('variants', 'variant-sms-001', {
      message_id: 'message-order01',
      channel_id: seeded.channel('sms').id,
      body: 'Thanks! Free returns within 14 days.',
    }),
  ]);

  await nav(page, 'Messages').click();
  await page.getByRole('tab', { name: 'Consistency' }).click();
  const findings = page.getByRole('region', { name: 'Findings' });
  // The typed number that differs from the core message, though no fact holds it.
  await expect(findings).toContainText('“14 days” in Body differs from the core message (30 days).');
  // Three newsletters sent as their core message: one note with a count, no error.
  const notes = findings.getByRole('listitem').filter({ hasText: 'No variant of its own for Email newsletter' });
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('and 2 more places');
  await expect(findings).not.toContainText('No variant for');
  await expect(page.getByText('0 errors')).toBeVisible();
  // One warning among one variant: 1 − 0.5 = 50; the notes cost nothing.
  await expect(page.getByRole('img', { name: 'Consistency score 50 of 100' })).toBeVisible();

  // A persona preferring the app, which no stage has: one finding for both stages, not one per stage.
  await apply(host, seeded.workspaceId, [
    ...row('personas', 'persona-commuter', { name: 'Commuter', preferred_channel_ids: [seeded.channel('app').id] }),
    ...row('journeys', seeded.journeyId, { persona_id: 'persona-commuter' }),
  ]);
  await nav(page, 'Coverage').click();
  await page.getByRole('tab', { name: /^Findings/ }).click();
  const appFindings = page.getByText(/no touchpoint on Mobile app/);
  await expect(appFindings).toHaveCount(1);
  await expect(appFindings).toHaveText(
    '2 stages have no touchpoint on Mobile app, a channel the persona “Commuter” prefers: Inspiration, Purchase.',
  );
});
