// Type-checked against dist/types/frameworks/react.d.ts (npm test); never run. What a React 19 app writes.
import type {} from 'nomad-visa-widgets/react';
import type { VisaCompareChangeEvent, VisaEligibility } from 'nomad-visa-widgets';
import { useRef } from 'react';

export function VisaPage({ onPick }: { onPick: (ids: string[]) => void }) {
  const eligibility = useRef<VisaEligibility>(null);
  return (
    <visa-data src="/data/visas.json" currency="USD" onvisa-data-error={(event) => console.warn(event.detail.message)}>
      <visa-compare
        countries="pt,es,hr"
        controls="compact"
        theme="dark"
        heading-level={3}
        sync-url
        onvisa-compare-change={(event: VisaCompareChangeEvent) => onPick(event.detail.programmes)}
      />
      <visa-card programme="kz-neo-nomad" compact stale-after="18" className="card" />
      <visa-eligibility
        ref={eligibility}
        programmes="pt-digital-nomad,hr-digital-nomad"
        income={3500}
        children-count={2}
        employment="freelancer"
        onvisa-eligibility-change={(event) => console.log(event.detail.results.length)}
      />
      {/* @ts-expect-error: not a theme */}
      <visa-card theme="blue" />
      {/* @ts-expect-error: not an attribute of the card */}
      <visa-card countries="pt" />
      {/* @ts-expect-error: the handler gets the comparison's event, which has no `results` */}
      <visa-compare onvisa-compare-change={(event) => event.detail.results} />
      {/* @ts-expect-error: not a kind of work */}
      <visa-eligibility employment="student" />
    </visa-data>
  );
}
