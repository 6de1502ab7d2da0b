// The run's plan as the routes integration serves it (src/routes.ts, src/data/plan.ts).
declare module 'virtual:gongbao/plan' {
  const plan: import('./plan.ts').RunPlan | null;
  export default plan;
}
